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
 *  5. Library search after the import: the imported drafts marked published
 *     in SQL (standing for reviewers publishing them: the clinicians' search
 *     reads published topics only), then searchTopics as the demo clinician,
 *     word queries, p50/p95 against the production issue's ≤ 50 ms.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { FigureReport, load1, loadAverages } from './bench/report'
import { timeQueries } from './bench/search/measure'
import { fmt } from './bench/stats'
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

  // 5. Search once the imported topics are published (a bench shortcut for the reviewers' work; no quality gate runs here).
  const { sql } = await import('@payloadcms/db-postgres')
  const { toPortalUser } = await import('../lib/auth/portalUser')
  const { searchTopics } = await import('../lib/topics/searchTopics')
  await payload.db.drizzle.execute(sql`UPDATE topics SET _status = 'published' WHERE imported_from_publisher = 'medlineplus'`)
  await payload.db.drizzle.execute(sql`ANALYZE`)
  const clinicianDoc = (await payload.find({ collection: 'users', where: { email: { equals: 'clinician@careleaf.local' } }, limit: 1, overrideAccess: true }))
    .docs[0]
  if (!clinicianDoc) throw new Error('the seed made no demo clinician')
  const clinician = toPortalUser(clinicianDoc)
  const queries = ['knee pain', 'infection', 'back', 'swelling', 'common problem', 'heart disorders', 'older', 'rash']
  const matches = await Promise.all(queries.map(async (query) => `${query} ${(await searchTopics({ payload, user: clinician, query })).total}`))
  console.log(`Matches per query after the import: ${matches.join(' · ')}`)
  const words = await timeQueries(
    queries,
    20,
    async (query) => void (await searchTopics({ payload, user: clinician, query })),
    () => null,
  )
  report.add(
    'search after import',
    'searchTopics, word queries (p50 / p95)',
    `${fmt(words.p50, 1)} / ${fmt(words.p95, 1)} ms`,
    { text: 'p95 ≤ 50 ms', met: words.p95 <= 50 },
    load1(),
  )
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
