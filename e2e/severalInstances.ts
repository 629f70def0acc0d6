import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { nextStartCommand, startThrowawayDatabase, type ThrowawayDatabase, throwawayPortalEnv } from '../lib/db/throwawayPortal'

/**
 * Two production servers (scripts/next-server.mjs, as `npm start` runs it) on
 * one throwaway PostgreSQL, as a clinic group runs Careleaf behind a load
 * balancer: same secrets, same database, one media folder (the shared volume
 * or bucket of a real deployment). Separate from Playwright's own e2e server,
 * whose database no test may stop.
 */
export interface Instance {
  name: 'A' | 'B'
  baseUrl: string
  server: ChildProcess
  /** Everything the server printed, to check nothing leaked and to explain a failure. */
  output: () => string
}

export interface TwoInstances {
  database: ThrowawayDatabase
  a: Instance
  b: Instance
  /** The share-link rate limit both run with (requests per minute per client). */
  shareRateLimit: number
  stop: () => Promise<void>
}

const rootDir = process.cwd()
const SHARE_RATE_LIMIT = 12

function startInstance(name: Instance['name'], port: number, [command, args]: [string, string[]], env: NodeJS.ProcessEnv): Instance {
  const server = spawn(command, args, { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return { name, baseUrl: `http://127.0.0.1:${port}`, server, output: () => output }
}

async function waitUntilLive(instance: Instance, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (instance.server.exitCode !== null) throw new Error(`instance ${instance.name} exited:\n${instance.output()}`)
    const status = await fetch(`${instance.baseUrl}/api/health/live`)
      .then((response) => response.status)
      .catch(() => 0)
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`instance ${instance.name} did not start in ${timeoutMs} ms:\n${instance.output()}`)
}

function stopInstance(instance: Instance): Promise<void> {
  if (instance.server.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const killer = setTimeout(() => instance.server.kill('SIGKILL'), 10_000)
    instance.server.once('exit', () => {
      clearTimeout(killer)
      resolve()
    })
    instance.server.kill('SIGTERM')
  })
}

/**
 * What has been started so far, so `stopStartedInstances` can clean up even
 * when start-up is cut short (a beforeAll timeout leaves its promise pending
 * and goes straight to afterAll).
 */
const started: { stops: Array<() => Promise<void>> } = { stops: [] }

/** Stops the servers, then the database, then removes the media folder; safe to call at any point, and twice. */
export async function stopStartedInstances(): Promise<void> {
  const stops = started.stops.splice(0).reverse()
  for (const stop of stops) await stop().catch(() => undefined)
}

/** Ports: Playwright's own server has E2E_PORT; these take the next two. */
export async function startTwoInstances(): Promise<TwoInstances> {
  const basePort = Number(process.env.E2E_PORT ?? 3100)
  const database = await startThrowawayDatabase('instances')
  started.stops.push(database.stop)
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-instances-media-'))
  started.stops.push(async () => fs.rmSync(mediaDir, { recursive: true, force: true }))
  const portalEnv = throwawayPortalEnv({ baseUrl: `http://127.0.0.1:${basePort + 1}`, databaseUrl: database.databaseUrl })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...portalEnv,
    CARELEAF_MEDIA_DIR: mediaDir,
    CARELEAF_SEED_DEMO: 'true',
    // Requests say who they are in X-Forwarded-For (the test plays several clients, as through a load balancer).
    CARELEAF_TRUSTED_PROXIES: 'loopback',
    CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE: String(SHARE_RATE_LIMIT),
    // Two servers on a shared 2-core machine: PDF workers start on the first download instead.
    CARELEAF_PDF_WARM_UP: '0',
  }
  try {
    // A is started as production is, with `npm start` (migrations and seed, then the server); B is a second server
    // on the same database. B reads nothing until A is up: Payload migrates on its first query.
    const a = startInstance('A', basePort + 1, [path.join(rootDir, 'node_modules', '.bin', 'tsx'), ['scripts/portal.ts', 'start']], {
      ...env,
      PORT: String(basePort + 1),
    })
    const b = startInstance('B', basePort + 2, nextStartCommand({ rootDir, port: basePort + 2 }), { ...env, NODE_ENV: 'production' })
    started.stops.push(async () => {
      await Promise.all([stopInstance(a), stopInstance(b)])
    })
    await waitUntilLive(a, 150_000)
    await waitUntilLive(b, 60_000)
    return { database, a, b, shareRateLimit: SHARE_RATE_LIMIT, stop: stopStartedInstances }
  } catch (error) {
    await stopStartedInstances()
    throw error
  }
}
