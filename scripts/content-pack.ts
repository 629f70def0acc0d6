/**
 * Content packs from the command line, for a clinic's administrator on the server:
 *
 *   npm run pack:export -- [--as <admin email>] [--out <file.zip>] (--all | <topic id or slug> ...)
 *   npm run pack:import -- [--as <admin email>] <file.zip>
 *
 * Both act as an admin account (the only one, or the one named with --as), so
 * the same rules and audit trail apply as in the admin (lib/contentPacks).
 * Exit codes: 0 done, 1 refused (nothing imported), 2 usage.
 */
import fs from 'node:fs'

import type { Where } from 'payload'

import { prepareServerCommand } from './prepareServerCommand'

const USAGE = [
  'usage: npm run pack:export -- [--as <admin email>] [--out <file.zip>] (--all | <topic id or slug> ...)',
  '       npm run pack:import -- [--as <admin email>] <file.zip>',
].join('\n')

const [command, ...rest] = process.argv.slice(2)
const options: { as?: string; out?: string; all: boolean; items: string[] } = { all: false, items: [] }
for (let index = 0; index < rest.length; index += 1) {
  const arg = rest[index]!
  if (arg === '--as' || arg === '--out') options[arg === '--as' ? 'as' : 'out'] = rest[(index += 1)]
  else if (arg === '--all') options.all = true
  else options.items.push(arg)
}
const usable =
  (command === 'export' && (options.all || options.items.length > 0)) ||
  (command === 'import' && options.items.length === 1 && fs.existsSync(options.items[0]!))
if (!usable) {
  console.error(command === 'import' && options.items[0] ? `No such file: ${options.items[0]}` : USAGE)
  process.exit(2)
}

const database = await prepareServerCommand()
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { committedMigrations } = await import('../lib/db/committedMigrations')
const { toPortalUser } = await import('../lib/auth/portalUser')
const { ContentPackError } = await import('../lib/contentPacks/contentPackError')
const { exportContentPack } = await import('../lib/contentPacks/exportContentPack')
const { importContentPack } = await import('../lib/contentPacks/importContentPack')

const payload = await getPayload({ config })
let exitCode = 0
try {
  await payload.db.migrate({ migrations: committedMigrations })
  const admins = await payload.find({
    collection: 'users',
    where: { and: [{ roles: { contains: 'admin' } }, ...(options.as ? [{ email: { equals: options.as.toLowerCase() } }] : [])] },
    limit: 2,
    depth: 0,
    overrideAccess: true,
  })
  const admin = admins.docs[0]
  if (!admin) {
    throw new ContentPackError(options.as ? `${options.as} is not an admin account` : 'There is no admin account yet: create one first', 400, 'admin-only')
  }
  if (!options.as && admins.totalDocs > 1)
    throw new ContentPackError('Name the admin account to act as with --as <email> (there is more than one)', 400, 'admin-only')
  const user = toPortalUser(admin)

  if (command === 'export') {
    const topicIds: number[] = []
    if (options.all) {
      const { docs } = await payload.find({
        collection: 'topics',
        where: { _status: { equals: 'published' } },
        pagination: false,
        depth: 0,
        select: {},
        overrideAccess: true,
      })
      topicIds.push(...docs.map((doc) => doc.id))
    }
    for (const item of options.items) {
      const where: Where = /^\d+$/u.test(item) ? { id: { equals: Number(item) } } : { slug: { equals: item } }
      const { docs } = await payload.find({ collection: 'topics', where, limit: 1, depth: 0, select: {}, overrideAccess: true })
      if (!docs[0]) throw new ContentPackError(`No topic ${item}`, 404, 'topic-not-published')
      topicIds.push(docs[0].id)
    }
    const pack = await exportContentPack({ payload, user, topicIds })
    const out = options.out ?? pack.fileName
    fs.writeFileSync(out, pack.bytes)
    console.log(`Wrote ${out}: ${pack.topicCount} topic(s), ${(pack.bytes.byteLength / 1024).toFixed(0)} KB.`)
  } else {
    const summary = await importContentPack({ payload, user, bytes: fs.readFileSync(options.items[0]!) })
    const counts = (label: string, c: Record<string, number>) =>
      `${label}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.flagged} flagged, ${c.refused} refused`
    console.log(`Content pack from ${summary.clinicName}, made ${summary.packCreatedAt.slice(0, 10)}`)
    console.log(counts('Topics', summary.topics))
    console.log(counts('Translations', summary.translations))
    for (const refusal of summary.refusals) console.log(`Refused “${refusal.title}”: ${refusal.reason}`)
    console.log('Every imported topic is a draft, and every translation “Imported — needs review”: a reviewer publishes them from the admin.')
  }
} catch (error) {
  if (!(error instanceof ContentPackError)) throw error
  console.error(error.message.endsWith('.') ? error.message : `${error.message}.`)
  exitCode = 1
} finally {
  await payload.destroy()
  payload.db.pool?.on('error', () => undefined)
  await database.stop()
}
process.exit(exitCode)
