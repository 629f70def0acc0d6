/**
 * `npm run bench:import`: the MedlinePlus import at library size. A benchmark,
 * not a test: each figure is printed beside its target (PASS/MISS) and the
 * load average when it was taken.
 *
 *  1. A throwaway embedded PostgreSQL, migrated and seeded as the app does.
 *  2. A generated health-topics file of BENCH_IMPORT_TOPICS (2,000) records,
 *     English topics each with its Spanish counterpart
 *     (scripts/bench/import/generateMedlinePlusFile.ts).
 *  3. The import, timed end to end (read-through, topics, translations).
 *     Target ≤ 2 minutes.
 *  4. The same file again: every topic unchanged, nothing written.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { FigureReport, load1, loadAverages } from './bench/report'
import { findFreePort } from '../lib/db/embeddedPostgres'
import { startThrowawayDatabase, throwawayPortalEnv } from '../lib/db/throwawayPortal'
import { generateMedlinePlusFile } from './bench/import/generateMedlinePlusFile'

const RECORDS = Number.parseInt(process.env.BENCH_IMPORT_TOPICS ?? '', 10) || 2_000
const TARGET_MS = 120_000

console.log(
  `Careleaf MedlinePlus import benchmark · ${new Date().toISOString()} · node ${process.version} · ${os.availableParallelism()} CPUs · load average ${loadAverages()}`,
)
const report = new FigureReport()
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-bench-import-'))
const database = await startThrowawayDatabase('bench_import')
let exitCode = 0
try {
  const port = await findFreePort()
  Object.assign(process.env, throwawayPortalEnv({ baseUrl: `http://127.0.0.1:${port}`, databaseUrl: database.databaseUrl }))
  // Loading the Payload config outside Next.js: see scripts/preload-lexical.mjs for why this comes first.
  await import('./preload-lexical.mjs')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { committedMigrations } = await import('../lib/db/committedMigrations')
  const { seedDemoContent } = await import('../lib/seed/seedDemoContent')
  const { importMedlinePlusTopics } = await import('../lib/import/medlineplus/importMedlinePlusTopics')

  const payload = await getPayload({ config })
  payload.db.pool.on('error', () => undefined)
  await payload.db.migrate({ migrations: committedMigrations })
  await seedDemoContent({ payload, demoAccounts: true })

  const filePath = path.join(workDir, 'mplus_topics_2026-11-28.xml')
  await generateMedlinePlusFile({ filePath, count: RECORDS, date: '2026-11-28' })
  console.log(`Generated ${RECORDS} health-topic records (${(fs.statSync(filePath).size / 1e6).toFixed(1)} MB)`)

  let started = Date.now()
  const phaseStarted = new Map<string, number>()
  const hundreds: string[] = []
  const first = await importMedlinePlusTopics({
    payload,
    filePath,
    onProgress: ({ phase, done, total }) => {
      if (done === 0) phaseStarted.set(phase, Date.now())
      if (done % 200 !== 0 && done !== total) return
      const seconds = (Date.now() - (phaseStarted.get(phase) ?? started)) / 1000
      hundreds.push(`${phase} ${done}/${total} at ${seconds.toFixed(1)} s`)
      if (done === total && total > 0) report.add('import', `${phase} (${total})`, `${seconds.toFixed(1)} s`)
    },
  })
  console.log(hundreds.join('\n'))
  const firstMs = Date.now() - started
  console.log(`\nFirst import: topics ${JSON.stringify(first.topics)}, translations ${JSON.stringify(first.translations)}`)
  report.add('import', `${RECORDS} records, first import`, `${(firstMs / 1000).toFixed(1)} s`, { text: '≤ 120 s', met: firstMs <= TARGET_MS }, load1())
  report.add('import', 'rate', `${(RECORDS / (firstMs / 1000)).toFixed(1)} records/s`)

  started = Date.now()
  const again = await importMedlinePlusTopics({ payload, filePath })
  const againMs = Date.now() - started
  const allUnchanged = again.topics.unchanged === first.topics.created && again.translations.unchanged === first.translations.created
  report.add('import', 'same file again (all unchanged)', `${(againMs / 1000).toFixed(1)} s`, { text: 'nothing written', met: allUnchanged }, load1())
  await payload.destroy()
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await database.stop()
  fs.rmSync(workDir, { recursive: true, force: true })
}
report.print()
process.exit(exitCode)
