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
  /**
   * Starts one more server on the same database and seed (another port, its
   * own environment on top), to compare two settings side by side under the
   * same load; stop() stops it too.
   */
  startAnotherServer: (options: { port: number; serverEnv?: Record<string, string> }) => { baseUrl: string; server: ChildProcess }
  /** Stops the servers, then their database. */
  stop: () => Promise<void>
}

export async function startSeededNextServer({
  databaseLabel,
  port,
  env = {},
  serverEnv = {},
  cpuProfileDir,
  freshHandouts,
}: {
  databaseLabel: string
  port: number
  /** Set in this process before seeding, so the seed and the server both see it. */
  env?: Record<string, string>
  /** For the server only. */
  serverEnv?: Record<string, string>
  /** Writes a V8 CPU profile of the server there. */
  cpuProfileDir?: string
  /** See seedBenchShareLink. */
  freshHandouts?: number
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
    shareLink = await seedBenchShareLink({ freshHandouts })
  } catch (error) {
    await database.stop()
    throw error
  }
  const servers: ChildProcess[] = []
  const startServer = (serverPort: number, env: Record<string, string>): ChildProcess => {
    const [command, args] = nextStartCommand({ rootDir: process.cwd(), port: serverPort, cpuProfileDir })
    const child = spawn(command, args, { env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
    servers.push(child)
    return child
  }
  const server = startServer(port, serverEnv)
  return {
    baseUrl,
    server,
    shareLink,
    startAnotherServer({ port: otherPort, serverEnv: otherEnv = {} }) {
      const otherBaseUrl = `http://127.0.0.1:${otherPort}`
      // Same secrets (the seed's share token and the sessions depend on them); only the public address differs.
      const child = startServer(otherPort, { NEXTAUTH_URL: otherBaseUrl, NEXT_PUBLIC_SERVER_URL: otherBaseUrl, ...otherEnv })
      return { baseUrl: otherBaseUrl, server: child }
    },
    async stop() {
      // Let the servers close their pools before the database goes, so they do not log a terminated connection.
      await Promise.all(
        servers.map(async (child) => {
          child.kill('SIGTERM')
          await new Promise((resolve) => {
            if (child.exitCode !== null) resolve(null)
            else child.once('exit', resolve)
            setTimeout(resolve, 10_000).unref()
          })
        }),
      )
      await database.stop()
    },
  }
}
