import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort, startEmbeddedPostgres } from './embeddedPostgres'

/**
 * What the e2e server, the benchmarks, the migration generator and the
 * integration tests share: a PostgreSQL that exists for one run (embedded, in
 * a temp folder, on a free port, removed afterwards) and a portal environment
 * with fresh secrets, so no run ever touches the developer's .data/ or reuses
 * a secret.
 */
export interface ThrowawayDatabase {
  databaseUrl: string
  /** Stops the server and deletes its data folder; safe to call twice. */
  stop: () => Promise<void>
  /** Stops the server but keeps its data, as a maintenance restart would (outage tests). */
  stopServer: () => Promise<void>
  /** Starts it again after `stopServer`, on the same port with the same data. */
  startServer: () => Promise<void>
}

export async function startThrowawayDatabase(label: string): Promise<ThrowawayDatabase> {
  if (!/^[a-z][a-z0-9_]*$/.test(label)) throw new Error(`Invalid database label: ${label}`)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `careleaf-${label.replace(/_/g, '-')}-pg-`))
  try {
    // Persistent: `stopServer` must keep the data; `stop` deletes the folder itself.
    const options = { dataDir, port: await findFreePort(), database: `careleaf_${label}`, persistent: true }
    let server = await startEmbeddedPostgres(options)
    let stopped: Promise<void> | null = null
    return {
      databaseUrl: server.databaseUrl,
      stop: () =>
        (stopped ??= (async () => {
          await server.stop().catch(() => undefined)
          fs.rmSync(dataDir, { recursive: true, force: true })
        })()),
      stopServer: () => server.stop(),
      startServer: async () => {
        server = await startEmbeddedPostgres(options)
      },
    }
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
}

/** Environment for a portal served at `baseUrl` on that database: fresh secrets each run, no telemetry. */
export function throwawayPortalEnv({ baseUrl, databaseUrl }: { baseUrl: string; databaseUrl: string }): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('base64url'),
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
    NEXTAUTH_URL: baseUrl,
    NEXT_PUBLIC_SERVER_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/**
 * The production server on 127.0.0.1 as [command, args]: scripts/next-server.mjs,
 * `next start`'s handler behind our own HTTP server so the app knows the TCP
 * peer (lib/net/clientAddress.ts). With a profile folder, node runs it with
 * --cpu-prof (which NODE_OPTIONS refuses).
 */
export function nextStartCommand({ rootDir, port, cpuProfileDir }: { rootDir: string; port: number; cpuProfileDir?: string }): [string, string[]] {
  const serve = [path.join(rootDir, 'scripts', 'next-server.mjs'), '--port', String(port), '--hostname', '127.0.0.1']
  if (!cpuProfileDir) return [process.execPath, serve]
  return [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${path.resolve(cpuProfileDir)}`, ...serve]]
}
