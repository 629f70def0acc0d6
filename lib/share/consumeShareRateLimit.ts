import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { ExpiringLru } from '@/lib/cache/expiringLru'

import { RATE_LIMIT_WINDOW_MS, rateLimitDecision, type RateLimitDecision, rateLimitWindowStart } from './rateLimitWindow'

/**
 * A client's key for the minutes it keeps asking: setting up an HMAC costs more than the rest of the count. The
 * address stays in this process's memory only, for two minutes at most, never in the database or a log.
 */
const recentAddressKeys = new ExpiringLru<string>(1_000, 2 * RATE_LIMIT_WINDOW_MS)

/** Keyed, so the stored value cannot be reversed by hashing all 2^32 IPv4 addresses. */
export function clientAddressKey(secret: string, clientAddress: string): string {
  const remembered = `${clientAddress}\0${secret}`
  const known = recentAddressKeys.get(remembered)
  if (known !== undefined) return known
  const key = crypto.createHmac('sha256', secret).update(`share-rate:${clientAddress}`).digest('base64url').slice(0, 32)
  recentAddressKeys.set(remembered, key)
  return key
}

/**
 * Upserts this minute's row for a client (atomic `hits + 1`: $1 its bucket, $2 when it expires) and reads the
 * previous minute's ($3) as `counted (current_hits, previous_hits)`. Shared with the patient page's one statement
 * (openShareLinkWithinRateLimit.ts), so both count alike.
 */
export const RATE_LIMIT_COUNTED_CTE = `
  bumped AS (
    INSERT INTO share_rate_limits (bucket, hits, expires_at)
    VALUES ($1, 1, $2::timestamptz)
    ON CONFLICT (bucket) DO UPDATE SET hits = share_rate_limits.hits + 1
    RETURNING hits
  ), counted AS (
    SELECT (SELECT hits FROM bumped) AS current_hits,
           COALESCE((SELECT hits FROM share_rate_limits WHERE bucket = $3), 0) AS previous_hits
  )`

const RATE_LIMIT_HIT_SQL = `WITH ${RATE_LIMIT_COUNTED_CTE} SELECT current_hits, previous_hits FROM counted`

export interface RateLimitBuckets {
  /** This window's row for the client. */
  current: string
  /** The previous window's, still weighed in. */
  previous: string
  /** ISO time the current row may be deleted. */
  expiresAt: string
}

/** The rows a request from `clientAddress` at `now` counts in and reads. */
export function rateLimitBuckets({ secret, clientAddress, now }: { secret: string; clientAddress: string; now: Date }): RateLimitBuckets {
  const key = clientAddressKey(secret, clientAddress)
  const windowStart = rateLimitWindowStart(now)
  // Kept through the next window, where it is still the "previous" one. The upsert leaves updated_at alone on
  // purpose: it is indexed, so touching it would make every hit a non-HOT update adding an entry to each index
  // of a row that is hit hundreds of times a minute. The table is UNLOGGED (see its migration).
  return {
    current: `${key}:${windowStart}`,
    previous: `${key}:${windowStart - RATE_LIMIT_WINDOW_MS}`,
    expiresAt: new Date(windowStart + 2 * RATE_LIMIT_WINDOW_MS).toISOString(),
  }
}

/** Now and then (1 request in 100), removes expired rows in the background. */
export function sometimesDeleteExpiredRateLimitRows({ payload, now }: { payload: Payload; now: Date }): void {
  if (Math.random() < 0.01)
    void deleteExpiredRateLimitRows({ payload, now }).catch((error: unknown) =>
      payload.logger.warn(`share rate-limit cleanup failed: ${error instanceof Error ? error.message : 'unknown error'}`),
    )
}

/**
 * Counts one request to `/p/*` for this client in Postgres, so every app
 * instance sees the same count, and says whether to serve it. One statement:
 * upsert this minute's row (atomic `hits + 1`) and read the previous minute's.
 */
export async function consumeShareRateLimit({
  payload,
  clientAddress,
  limit,
  now = new Date(),
}: {
  payload: Payload
  clientAddress: string
  limit: number
  now?: Date
}): Promise<RateLimitDecision> {
  const { current, previous, expiresAt } = rateLimitBuckets({ secret: payload.secret, clientAddress, now })
  // A named (prepared) statement: planned once per connection, not on every request to /p/*.
  const result = await payload.db.pool.query({ name: 'careleaf_share_rate_limit_hit', text: RATE_LIMIT_HIT_SQL, values: [current, expiresAt, previous] })
  const row = result.rows[0] as { current_hits: number | string; previous_hits: number | string } | undefined
  sometimesDeleteExpiredRateLimitRows({ payload, now })
  return rateLimitDecision({ currentHits: Number(row?.current_hits ?? 1), previousHits: Number(row?.previous_hits ?? 0), now, limit })
}

/** Rows older than two windows say nothing any more; they are removed, keeping no address history. */
export async function deleteExpiredRateLimitRows({ payload, now = new Date() }: { payload: Payload; now?: Date }): Promise<number> {
  const result = await payload.db.drizzle.execute(sql`DELETE FROM share_rate_limits WHERE expires_at <= ${now.toISOString()}::timestamptz`)
  return result.rowCount ?? 0
}
