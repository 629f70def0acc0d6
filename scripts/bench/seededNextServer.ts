import { spawn, type ChildProcess } from 'node:child_process'

import { seedBenchShareLink, type BenchShareLink } from './seedBenchShareLink'
import { nextStartCommand, startThrowawayDatabase, throwawayPortalEnv } from '../../lib/db/throwawayPortal'

/**
 * What both benchmarks load: the production build (`next start`, 127.0.0.1
 * only) on its own throwaway PostgreSQL, seeded the way the app seeds
 * (seedBenchShareLink). Needs `npm run build` first.
 */
export interface SeededNextServer {
  baseUrl: string
  server: ChildProcess
  shareLink: BenchShareLink
  /** Stops the server, then its database. */
  stop: () => Promise<void>
}

export async function startSeededNextServer({
  databaseLabel,
  port,
  env = {},
  serverEnv = {},
  cpuProfileDir,
}: {
  databaseLabel: string
  port: number
  /** Set in this process before seeding, so the seed and the server both see it. */
  env?: Record<string, string>
  /** For the server only. */
  serverEnv?: Record<string, string>
  /** Writes a V8 CPU profile of the server there. */
  cpuProfileDir?: string
}): Promise<SeededNextServer> {
  const baseUrl = `http://127.0.0.1:${port}`
  const database = await startThrowawayDatabase(databaseLabel)
  Object.assign(process.env, {
    ...throwawayPortalEnv({ baseUrl, databaseUrl: database.databaseUrl }),
    // Every request comes from 127.0.0.1: the rate limit is raised for the run only, and every request still pays for it.
    CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE: '1000000000',
    ...env,
  })
  let shareLink: BenchShareLink
  try {
    shareLink = await seedBenchShareLink()
  } catch (error) {
    await database.stop()
    throw error
  }
  const [command, args] = nextStartCommand({ rootDir: process.cwd(), port, cpuProfileDir })
  const server = spawn(command, args, {
    env: { ...process.env, NODE_ENV: 'production', ...serverEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return {
    baseUrl,
    server,
    shareLink,
    async stop() {
      // Let the server close its pool before the database goes, so it does not log a terminated connection.
      server.kill('SIGTERM')
      await new Promise((resolve) => {
        if (server.exitCode !== null) resolve(null)
        else server.once('exit', resolve)
        setTimeout(resolve, 10_000).unref()
      })
      await database.stop()
    },
  }
}
