import path from 'node:path'

import { EmbeddedPostgresError, startEmbeddedPostgres } from './embeddedPostgres'
import { resolvePostgresRuntime } from './postgresRuntime'

export interface ResolvedDatabase {
  databaseUrl: string
  embedded: boolean
  /** The embedded server's data folder (absent with DATABASE_URL). */
  dataDir?: string
  stop: () => Promise<void>
}

/**
 * DATABASE_URL wins; without it a fresh checkout gets an embedded PostgreSQL
 * whose data lives in `.data/postgres` (ignored by git) and survives restarts —
 * or, as root in a folder the `postgres` user cannot enter, in the checkout's
 * own folder under /var/lib/careleaf (see postgresRuntime.ts).
 */
export async function resolveDatabase({ rootDir, log }: { rootDir: string; log: (line: string) => void }): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL
  if (configured) return { databaseUrl: configured, embedded: false, stop: async () => undefined }

  const port = Number(process.env.CARELEAF_PG_PORT ?? 54329)
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new EmbeddedPostgresError(`CARELEAF_PG_PORT must be a port number, got "${process.env.CARELEAF_PG_PORT}".`)
  let stagedDir: string | null
  try {
    stagedDir = resolvePostgresRuntime(rootDir).stagedDir
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL cannot run from ${rootDir} as root (its \`postgres\` user cannot enter that folder, and no folder it can reach could be prepared); move the checkout outside /root, or set DATABASE_URL to use your own PostgreSQL server.`,
      { cause: error },
    )
  }
  const dataDir = stagedDir ? path.join(stagedDir, 'postgres') : path.join(rootDir, '.data', 'postgres')
  const handle = await startEmbeddedPostgres({
    dataDir,
    port,
    database: 'careleaf',
    persistent: true,
    checkoutDir: rootDir,
    onLog: (line) => {
      if (/ERROR|FATAL|PANIC/.test(line)) log(`[postgres] ${line}`)
    },
  })
  return { databaseUrl: handle.databaseUrl, embedded: true, dataDir, stop: handle.stop }
}
