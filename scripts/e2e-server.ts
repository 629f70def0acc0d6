/**
 * The server Playwright tests against: the production build (`next start`)
 * on a throwaway embedded PostgreSQL, migrated and seeded, with fresh secrets.
 * Its output is also written to test-results/e2e-server.log so tests can
 * check that nothing secret was logged.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { startTestIdentityProvider } from '../e2e/testIdentityProvider'
import { SSO_PROVIDER_ID } from '../lib/auth/ssoConfig'
import { nextStartCommand, startThrowawayDatabase, throwawayPortalEnv } from '../lib/db/throwawayPortal'
import { relayShutdownSignals } from '../lib/server/relayShutdownSignals'

const rootDir = process.cwd()
const port = Number(process.env.E2E_PORT ?? 3100)
const baseUrl = `http://127.0.0.1:${port}`
const logFile = path.join(rootDir, 'test-results', 'e2e-server.log')
fs.mkdirSync(path.dirname(logFile), { recursive: true })
const log = fs.createWriteStream(logFile)

const database = await startThrowawayDatabase('e2e')
// The hospital's single sign-on, played by a real OpenID provider on 127.0.0.1 (e2e/testIdentityProvider.ts).
const identityProvider = await startTestIdentityProvider({ redirectUri: `${baseUrl}/api/auth/callback/${SSO_PROVIDER_ID}` })

Object.assign(process.env, {
  ...throwawayPortalEnv({ baseUrl, databaseUrl: database.databaseUrl }),
  CARELEAF_OIDC_ISSUER: identityProvider.issuer,
  CARELEAF_OIDC_CLIENT_ID: identityProvider.clientId,
  CARELEAF_OIDC_CLIENT_SECRET: identityProvider.clientSecret,
  // Every e2e request comes from 127.0.0.1; the 429 path is covered by tests/int/patientShare.int.test.ts.
  CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE: process.env.CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE ?? '5000',
})

// Loading the Payload config outside Next.js: see preload-lexical.mjs for why this comes first.
await import('./preload-lexical.mjs')
const { migrateAndSeed } = await import('../lib/db/migrateAndSeed')
await migrateAndSeed({ demoAccounts: true })

const [command, args] = nextStartCommand({ rootDir, port })
const next = spawn(command, args, {
  env: { ...process.env, NODE_ENV: 'production' },
  stdio: ['ignore', 'pipe', 'pipe'],
})
for (const stream of [next.stdout, next.stderr]) {
  stream.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    log.write(chunk)
  })
}

relayShutdownSignals({
  child: next,
  afterChildExit: async () => {
    await identityProvider.stop().catch(() => undefined)
    await database.stop()
    log.end()
  },
})
