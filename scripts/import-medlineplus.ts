/**
 * `npm run import:medlineplus -- <file>`: imports the MedlinePlus health-topics
 * file a clinic downloaded from NLM (mplus_topics_YYYY-MM-DD.xml, or its zip)
 * as draft topics for its reviewers. Nothing is fetched from the network.
 *
 * A system task run by the server's administrator, never a web route: it acts
 * without a user, so the import uses overrideAccess (see
 * lib/import/medlineplus/importMedlinePlusTopics.ts). Exit codes: 0 done,
 * 1 the file was refused (nothing changed), 2 usage.
 */
import fs from 'node:fs'

import { prepareServerCommand } from './prepareServerCommand'
import { importProgressLine } from '../lib/import/importProgressLine'

const filePath = process.argv[2]
if (!filePath || !fs.existsSync(filePath)) {
  console.error(filePath ? `No such file: ${filePath}` : 'usage: npm run import:medlineplus -- <mplus_topics_YYYY-MM-DD.xml or .zip>')
  process.exit(2)
}

const database = await prepareServerCommand()
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { committedMigrations } = await import('../lib/db/committedMigrations')
const { importMedlinePlusTopics } = await import('../lib/import/medlineplus/importMedlinePlusTopics')
const { MedlinePlusFileError } = await import('../lib/import/medlineplus/readHealthTopics')

const payload = await getPayload({ config })
let exitCode = 0
try {
  await payload.db.migrate({ migrations: committedMigrations })
  const startedAt = Date.now()
  let phaseStartedAt = startedAt
  let phase = ''
  const interactive = process.stdout.isTTY
  let lastDrawn = 0
  const summary = await importMedlinePlusTopics({
    payload,
    filePath,
    onProgress: (progress) => {
      if (progress.phase !== phase) {
        if (phase && interactive) process.stdout.write('\n')
        phase = progress.phase
        phaseStartedAt = Date.now()
      }
      const finished = progress.done === progress.total
      // Redraw at most ten times a second, and once a phase is done; a log file gets a line every 100 topics.
      if (interactive ? Date.now() - lastDrawn < 100 && !finished : progress.done % 100 !== 0 && !finished) return
      lastDrawn = Date.now()
      const line = importProgressLine({ label: progress.phase, ...progress, elapsedMs: Date.now() - phaseStartedAt })
      process.stdout.write(interactive ? `\r${line}` : `${line}\n`)
    },
  })
  if (interactive && phase) process.stdout.write('\n')
  const counts = (label: string, c: Record<string, number>) =>
    `${label}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.flagged} flagged, ${c.refused} refused`
  console.log(`MedlinePlus file of ${summary.fileDate}, imported in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
  console.log(counts('Topics (English)', summary.topics))
  console.log(counts('Translations (Spanish)', summary.translations))
  if (summary.goneFromFile > 0) console.log(`${summary.goneFromFile} imported topic(s) are no longer in the file: flagged, not deleted.`)
  for (const refusal of summary.refusals) console.log(`Refused line ${refusal.line}${refusal.id ? ` (id ${refusal.id})` : ''}: ${refusal.reason}`)
  console.log('Every imported topic is a draft: a reviewer publishes it from the admin, as any topic.')
} catch (error) {
  if (!(error instanceof MedlinePlusFileError)) throw error
  console.error(`\nRefused ${filePath}: ${error.message}. Nothing was imported.`)
  exitCode = 1
} finally {
  await payload.destroy()
  payload.db.pool?.on('error', () => undefined)
  await database.stop()
}
process.exit(exitCode)
