import type { Socket } from 'node:net'

import pg from 'pg'

import { markDatabaseReachable, markDatabaseUnreachable } from './databaseReachability'

/**
 * The NOTIFY channels every server process LISTENs on. One today: the clinic
 * global, cached per process (lib/clinic/cachedClinic.ts) and announced by its
 * afterChange hook (globals/Clinic/hooks).
 */
export const CLINIC_CHANGED_CHANNEL = 'careleaf_clinic_changed'
export const LISTENED_CHANNELS = [CLINIC_CHANGED_CHANNEL] as const
export type ListenedChannel = (typeof LISTENED_CHANNELS)[number]

/** The part of a `pg.Client` the listener uses, so tests can hand it a fake. */
export interface ListeningClient {
  connect(): Promise<void>
  query(text: string): Promise<unknown>
  end(): Promise<void>
  onNotification(listener: (channel: string) => void): void
  /** The connection failed or was cut (an error, or its end). */
  onLost(listener: () => void): void
}

interface DatabaseListenerOptions {
  createClient: () => ListeningClient
  /** Waits between reconnect attempts: the first at once, then doubling up to the last. */
  reconnectDelaysMs?: readonly number[]
  log?: (line: string) => void
}

const RECONNECT_DELAYS_MS = [0, 250, 500, 1_000, 2_000] as const

/**
 * One dedicated PostgreSQL connection per server process that LISTENs for
 * changes other instances announce with NOTIFY, so each process may cache
 * what rarely changes and still see an edit made anywhere at once.
 *
 * A cache stores `version(channel)` beside what it read and trusts the entry
 * only while `listening` and the version is unchanged. The version moves on
 * every notification on the channel and on every (re)connection: while the
 * connection was down, notifications were missed, so everything cached
 * before is stale. No callbacks: Next.js loads a module once per bundle, so a
 * subscription would be made several times over; a number read on demand is not.
 *
 * The connection also tells whether PostgreSQL is reachable
 * (databaseReachability.ts): it is cut the moment the server stops, and a
 * refused reconnect says the database is down before any page tries it.
 */
export class DatabaseListener {
  private client: ListeningClient | null = null
  private listeningNow = false
  private stopped = false
  private failedAttempts = 0
  private retryTimer: NodeJS.Timeout | null = null
  private connecting: Promise<void> | null = null
  private readonly versions = new Map<string, number>()
  private connections = 0
  private readonly createClient: () => ListeningClient
  private readonly reconnectDelaysMs: readonly number[]
  private readonly log: (line: string) => void

  constructor({ createClient, reconnectDelaysMs = RECONNECT_DELAYS_MS, log = (line) => console.warn(line) }: DatabaseListenerOptions) {
    this.createClient = createClient
    this.reconnectDelaysMs = reconnectDelaysMs
    this.log = log
  }

  /** Whether notifications are being received now; a cache must not trust its entries otherwise. */
  get listening(): boolean {
    return this.listeningNow
  }

  /** Changes whenever something cached from this channel may be stale. */
  version(channel: ListenedChannel): string {
    return `${this.connections}:${this.versions.get(channel) ?? 0}`
  }

  /** Connects (once); later losses reconnect by themselves until `stop`. Resolves after the first attempt, whatever its outcome. */
  start(): Promise<void> {
    this.connecting ??= this.connect()
    return this.connecting
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.listeningNow = false
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    const client = this.client
    this.client = null
    await client?.end().catch(() => undefined)
  }

  private async connect(): Promise<void> {
    if (this.stopped) return
    const client = this.createClient()
    this.client = client
    // Registered before connecting: a connection refused or cut emits 'error', which must never go unhandled.
    client.onLost(() => this.lose(client))
    client.onNotification((channel) => this.versions.set(channel, (this.versions.get(channel) ?? 0) + 1))
    try {
      await client.connect()
      for (const channel of LISTENED_CHANNELS) await client.query(`LISTEN ${channel}`)
    } catch {
      this.lose(client)
      return
    }
    if (this.client !== client) return
    this.connections += 1
    this.listeningNow = true
    if (this.failedAttempts > 0) this.log('[careleaf] database listener reconnected')
    this.failedAttempts = 0
    markDatabaseReachable()
  }

  private lose(client: ListeningClient): void {
    if (this.client !== client) return
    this.client = null
    this.listeningNow = false
    void client.end().catch(() => undefined)
    if (this.stopped) return
    // The first reconnect is immediate: a dropped idle connection should not count as an outage.
    if (this.failedAttempts > 0) markDatabaseUnreachable()
    if (this.failedAttempts === 1) this.log('[careleaf] database listener lost PostgreSQL; retrying')
    const delay = this.reconnectDelaysMs[Math.min(this.failedAttempts, this.reconnectDelaysMs.length - 1)] ?? 0
    this.failedAttempts += 1
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.connect()
    }, delay)
    // Never what keeps a process (a test run, a script) alive.
    this.retryTimer.unref()
  }
}

/** A listening `pg.Client` whose socket does not keep the process alive. */
export function createListeningPgClient(connectionString: string): ListeningClient {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000, keepAlive: true })
  return {
    connect: async () => {
      await client.connect()
      ;(client.connection.stream as Partial<Socket>).unref?.()
    },
    query: (text) => client.query(text),
    end: () => client.end(),
    onNotification: (listener) => client.on('notification', (message) => listener(message.channel)),
    onLost: (listener) => {
      client.on('error', listener)
      client.on('end', listener)
    },
  }
}

// On globalThis: instrumentation.ts starts it, the routes read it, and Next.js bundles them separately.
const LISTENER_KEY = Symbol.for('careleaf.databaseListener')
const holder = globalThis as typeof globalThis & { [LISTENER_KEY]?: DatabaseListener | null }

/** Starts this process's listener on first call (server start, instrumentation.ts). */
export function startDatabaseListener(connectionString: string): DatabaseListener {
  const listener = (holder[LISTENER_KEY] ??= new DatabaseListener({ createClient: () => createListeningPgClient(connectionString) }))
  void listener.start()
  return listener
}

/** This process's listener, or null where none runs (scripts, tests, the build): nothing is then cached. */
export function databaseListener(): DatabaseListener | null {
  return holder[LISTENER_KEY] ?? null
}

/** Closes the listener (graceful shutdown, tests); the next start makes a new one. */
export async function stopDatabaseListener(): Promise<void> {
  const listener = holder[LISTENER_KEY]
  holder[LISTENER_KEY] = null
  await listener?.stop()
}
