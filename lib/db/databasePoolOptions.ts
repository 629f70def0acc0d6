import type { PoolConfig } from 'pg'

const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000

/** A whole number of milliseconds from the environment; 0 turns the limit off. */
function millisecondsFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds (0 for no limit), got "${raw}".`)
  return value
}

/**
 * How every request reaches PostgreSQL. node-postgres waits forever by
 * default, for a connection and for an answer; a request must instead fail
 * fast enough to be answered with a 503 while the database restarts or the
 * network is gone, and free its pooled connection.
 */
export function databasePoolOptions(connectionString: string | undefined): PoolConfig {
  const statementTimeout = millisecondsFromEnv('CARELEAF_DB_STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS)
  return {
    connectionString,
    // A stopped server refuses at once; this bounds the rest (a full pool, a server that accepts but never answers).
    connectionTimeoutMillis: 5_000,
    // Server side: no statement runs longer (a long migration can lift it with CARELEAF_DB_STATEMENT_TIMEOUT_MS=0).
    ...(statementTimeout > 0 ? { statement_timeout: statementTimeout } : {}),
    // Client side, a little later: the server may be unreachable and unable to cancel anything itself.
    ...(statementTimeout > 0 ? { query_timeout: statementTimeout + 5_000 } : {}),
    // Notices a peer that vanished without closing the connection (a failover, a dropped route).
    keepAlive: true,
  }
}
