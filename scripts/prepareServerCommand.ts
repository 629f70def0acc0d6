import path from 'node:path'

import nextEnv from '@next/env'

import { ensureLocalSecrets } from '../lib/config/localSecrets'
import { resolveDatabase } from '../lib/db/resolveDatabase'

export type ServerCommandDatabase = Awaited<ReturnType<typeof resolveDatabase>>

/**
 * What every server command (seed, the MedlinePlus import, content packs)
 * does before it loads Payload: the checkout's .env files, the database (an
 * embedded one when DATABASE_URL is unset, with its local secret), and the
 * preload that lets the Payload config load outside Next.js (see
 * preload-lexical.mjs). The caller stops the database when done.
 */
export async function prepareServerCommand(rootDir: string = process.cwd()): Promise<ServerCommandDatabase> {
  nextEnv.loadEnvConfig(rootDir, true)
  const database = await resolveDatabase({ rootDir, log: (line) => console.log(line) })
  if (database.embedded) process.env.PAYLOAD_SECRET ??= ensureLocalSecrets(path.join(rootDir, '.data')).PAYLOAD_SECRET
  if (!process.env.PAYLOAD_SECRET) throw new Error('PAYLOAD_SECRET is not set (see .env.example).')
  process.env.DATABASE_URL = database.databaseUrl
  await import('./preload-lexical.mjs')
  return database
}
