/**
 * `npm run migrate:create -- <name>`: writes a migration for the schema changes
 * in the working tree. It diffs against the last committed migration's
 * snapshot, using a throwaway embedded PostgreSQL with the committed
 * migrations applied, so it needs no running dev server.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'

import { startThrowawayDatabase } from '../lib/db/throwawayPortal'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run migrate:create -- <name_in_snake_case>')
  process.exit(2)
}

const database = await startThrowawayDatabase('migrate')
const env = {
  ...process.env,
  DATABASE_URL: database.databaseUrl,
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ./scripts/preload-lexical.mjs`.trim(),
}
const payloadBin = path.join(process.cwd(), 'node_modules', '.bin', 'payload')
try {
  for (const args of [['migrate'], ['migrate:create', name]]) {
    const result = spawnSync(payloadBin, args, { env, stdio: 'inherit' })
    if (result.status !== 0) throw new Error(`payload ${args.join(' ')} failed`)
  }
} finally {
  await database.stop()
}
