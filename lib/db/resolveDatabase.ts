import path from 'node:path'

import { startEmbeddedPostgres } from './embeddedPostgres'

export interface ResolvedDatabase {
  databaseUrl: string
  embedded: boolean
  stop: () => Promise<void>
}

/**
 * DATABASE_URL wins; without it a fresh checkout gets an embedded PostgreSQL
 * whose data lives in `.data/postgres` (ignored by git) and survives restarts.
 */
export async function resolveDatabase({ rootDir, log }: { rootDir: string; log: (line: string) => void }): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL
  if (configured) return { databaseUrl: configured, embedded: false, stop: async () => undefined }

  const port = Number(process.env.CARELEAF_PG_PORT ?? 54329)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`CARELEAF_PG_PORT must be a port number, got "${process.env.CARELEAF_PG_PORT}".`)
  const handle = await startEmbeddedPostgres({
    dataDir: path.join(rootDir, '.data', 'postgres'),
    port,
    database: 'careleaf',
    persistent: true,
    onLog: (line) => {
      if (/ERROR|FATAL|PANIC/.test(line)) log(`[postgres] ${line}`)
    },
  })
  return { databaseUrl: handle.databaseUrl, embedded: true, stop: handle.stop }
}
