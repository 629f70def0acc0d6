/** `npm run seed`: apply migrations and add whatever demo content is missing. Safe to repeat. */
import path from 'node:path'

import nextEnv from '@next/env'

import { ensureLocalSecrets } from '../lib/config/localSecrets'
import { resolveDatabase } from '../lib/db/resolveDatabase'

const rootDir = process.cwd()
nextEnv.loadEnvConfig(rootDir, true)
const database = await resolveDatabase({ rootDir, log: (line) => console.log(line) })
if (database.embedded) process.env.PAYLOAD_SECRET ??= ensureLocalSecrets(path.join(rootDir, '.data')).PAYLOAD_SECRET
if (!process.env.PAYLOAD_SECRET) throw new Error('PAYLOAD_SECRET is not set (see .env.example).')
process.env.DATABASE_URL = database.databaseUrl

// Loading the Payload config outside Next.js: see preload-lexical.mjs for why this comes first.
await import('./preload-lexical.mjs')
const { migrateAndSeed } = await import('../lib/db/migrateAndSeed')
const report = await migrateAndSeed({ demoAccounts: database.embedded || process.env.CARELEAF_SEED_DEMO === 'true' })
console.log(`users created: ${report.createdUsers.length}, topics created: ${report.createdTopics.length}`)
await database.stop()
