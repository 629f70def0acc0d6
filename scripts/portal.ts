/**
 * `npm run dev` and `npm start`: one command from a fresh clone to a running
 * portal. Starts the embedded PostgreSQL unless DATABASE_URL is set, applies
 * migrations, seeds once, then runs Next.js and prints where to sign in.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import nextEnv from '@next/env'

import { ensureLocalSecrets } from '../lib/config/localSecrets'
import { requireServerEnv } from '../lib/config/requireServerEnv'
import { EmbeddedPostgresError } from '../lib/db/embeddedPostgres'
import { resolveDatabase } from '../lib/db/resolveDatabase'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'
import { relayShutdownSignals } from '../lib/server/relayShutdownSignals'

const mode = process.argv[2]
if (mode !== 'dev' && mode !== 'start') {
  console.error('usage: tsx scripts/portal.ts dev|start')
  process.exit(2)
}

const rootDir = process.cwd()
nextEnv.loadEnvConfig(rootDir, mode === 'dev')
const port = Number(process.env.PORT ?? 3000)
const log = (line: string) => console.log(`[careleaf] ${line}`)

const database = await resolveDatabase({ rootDir, log }).catch((error: unknown) => {
  // Says what to do in one sentence; the stack trace would only bury it.
  if (!(error instanceof EmbeddedPostgresError)) throw error
  log(error.message)
  process.exit(1)
})
if (database.embedded) {
  // Local checkout: generated secrets in .data/, demo content on.
  const secrets = ensureLocalSecrets(path.join(rootDir, '.data'))
  process.env.PAYLOAD_SECRET ??= secrets.PAYLOAD_SECRET
  process.env.NEXTAUTH_SECRET ??= secrets.NEXTAUTH_SECRET
  const dataDir = database.dataDir ?? ''
  log(`embedded PostgreSQL ready (data in ${dataDir.startsWith(`${rootDir}${path.sep}`) ? path.relative(rootDir, dataDir) : dataDir})`)
}
process.env.DATABASE_URL = database.databaseUrl
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`
// Clinics expect no data to leave the server, anonymous or not.
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
process.env.NEXT_PUBLIC_SERVER_URL ??= process.env.NEXTAUTH_URL
requireServerEnv()

const demoAccounts = database.embedded || process.env.CARELEAF_SEED_DEMO === 'true'
// Loading the Payload config outside Next.js: see preload-lexical.mjs for why this comes first.
await import('./preload-lexical.mjs')
const { migrateAndSeed } = await import('../lib/db/migrateAndSeed')
const seeded = await migrateAndSeed({ demoAccounts })
if (seeded.createdTopics.length > 0)
  log(`seeded topics: ${seeded.createdTopics.join(', ')} (${seeded.removedFromSource} promotional passage(s) left out of the source)`)

// Production: `next start`'s handler behind our own server, which tells the app each request's TCP peer
// (scripts/next-server.mjs; the /p/* rate limit needs it). `next dev` has no peer address: one shared bucket.
const [command, args] =
  mode === 'start'
    ? [process.execPath, [path.join(rootDir, 'scripts', 'next-server.mjs'), '--port', String(port)]]
    : [path.join(rootDir, 'node_modules', '.bin', 'next'), ['dev', '--port', String(port)]]
const next = spawn(command, args, { stdio: 'inherit', env: process.env })

void announceWhenReady()

// SIGTERM (docker stop, an orchestrator) lets Next.js finish its requests before the database stops.
relayShutdownSignals({ child: next, afterChildExit: database.stop, log })

async function announceWhenReady(): Promise<void> {
  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      const response = await fetch(`${url}/sign-in`, { redirect: 'manual' })
      if (response.status < 500) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const lines = [`Careleaf is running at ${url}`, `  Clinician workspace: ${url}/library`, `  Content admin (CMS): ${url}/admin`]
  if (demoAccounts) {
    lines.push('  Demo sign-ins (local use only):')
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.roles.join(', ').padEnd(10)} ${account.email} / ${account.password}`)
  }
  console.log(`\n${lines.join('\n')}\n`)
}
