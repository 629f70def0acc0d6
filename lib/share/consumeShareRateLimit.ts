import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { RATE_LIMIT_WINDOW_MS, rateLimitDecision, type RateLimitDecision, rateLimitWindowStart } from './rateLimitWindow'

/** Keyed, so the stored value cannot be reversed by hashing all 2^32 IPv4 addresses. */
export function clientAddressKey(secret: string, clientAddress: string): string {
  return crypto.createHmac('sha256', secret).update(`share-rate:${clientAddress}`).digest('base64url').slice(0, 32)
}

const RATE_LIMIT_HIT_SQL = `
  WITH bumped AS (
    INSERT INTO share_rate_limits (bucket, hits, expires_at)
    VALUES ($1, 1, $2::timestamptz)
    ON CONFLICT (bucket) DO UPDATE SET hits = share_rate_limits.hits + 1
    RETURNING hits
  )
  SELECT (SELECT hits FROM bumped) AS current_hits,
         COALESCE((SELECT hits FROM share_rate_limits WHERE bucket = $3), 0) AS previous_hits`

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
  const key = clientAddressKey(payload.secret, clientAddress)
  const windowStart = rateLimitWindowStart(now)
  const current = `${key}:${windowStart}`
  const previous = `${key}:${windowStart - RATE_LIMIT_WINDOW_MS}`
  // Kept through the next window, where it is still the "previous" one. The upsert leaves updated_at alone on
  // purpose: it is indexed, so touching it would make every hit a non-HOT update adding an entry to each index
  // of a row that is hit hundreds of times a minute. The table is UNLOGGED (see its migration).
  const expiresAt = new Date(windowStart + 2 * RATE_LIMIT_WINDOW_MS).toISOString()
  // A named (prepared) statement: planned once per connection, not on every request to /p/*.
  const result = await payload.db.pool.query({ name: 'careleaf_share_rate_limit_hit', text: RATE_LIMIT_HIT_SQL, values: [current, expiresAt, previous] })
  const row = result.rows[0] as { current_hits: number | string; previous_hits: number | string } | undefined
  if (Math.random() < 0.01)
    void deleteExpiredRateLimitRows({ payload, now }).catch((error: unknown) =>
      payload.logger.warn(`share rate-limit cleanup failed: ${error instanceof Error ? error.message : 'unknown error'}`),
    )
  return rateLimitDecision({ currentHits: Number(row?.current_hits ?? 1), previousHits: Number(row?.previous_hits ?? 0), now, limit })
}

/** Rows older than two windows say nothing any more; they are removed, keeping no address history. */
export async function deleteExpiredRateLimitRows({ payload, now = new Date() }: { payload: Payload; now?: Date }): Promise<number> {
  const result = await payload.db.drizzle.execute(sql`DELETE FROM share_rate_limits WHERE expires_at <= ${now.toISOString()}::timestamptz`)
  return result.rowCount ?? 0
}
