/**
 * Whether this process can reach PostgreSQL right now, as its dedicated
 * listening connection (databaseListener.ts) last found: when PostgreSQL
 * stops, that connection is cut at once and the reconnect is refused, well
 * before a page's query would fail. The proxy reads this to answer 503 without
 * trying the database.
 *
 * On globalThis, not in a module variable: Next.js bundles proxy.ts,
 * instrumentation.ts and the routes separately, each with its own copy of
 * this module, and they must agree. No `pg` import here, so the proxy stays light.
 */
const REACHABILITY_KEY = Symbol.for('careleaf.databaseReachability')

interface Reachability {
  /** When the listener last failed to reach the database, or null while it reaches it (or has not tried). */
  unreachableSince: number | null
}

const holder = globalThis as typeof globalThis & { [REACHABILITY_KEY]?: Reachability }

function reachability(): Reachability {
  return (holder[REACHABILITY_KEY] ??= { unreachableSince: null })
}

export function markDatabaseUnreachable(now: number = Date.now()): void {
  reachability().unreachableSince ??= now
}

export function markDatabaseReachable(): void {
  reachability().unreachableSince = null
}

export function isDatabaseUnreachable(): boolean {
  return reachability().unreachableSince !== null
}
