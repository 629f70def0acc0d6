import type { Payload } from 'payload'

import { RATE_LIMIT_COUNTED_CTE, rateLimitBuckets, sometimesDeleteExpiredRateLimitRows } from './consumeShareRateLimit'
import { previousWindowWeight, rateLimitDecision, type RateLimitDecision } from './rateLimitWindow'

export interface OpenedShareLink {
  handoutId: number
  /** The handout row's updated_at, ISO: lets the page reuse a handout it has just read. */
  handoutUpdatedAt: string
}

export interface RateLimitedOpen {
  decision: RateLimitDecision
  /** Null when refused by the rate limit, or when the link may not be viewed as is (the caller works out why). */
  opened: OpenedShareLink | null
}

/*
 * $1–$3 are the rate-limit buckets (RATE_LIMIT_COUNTED_CTE), $4 the weight of the previous window, $5 the limit:
 * the same sliding-window sum rateLimitDecision makes, in the same float8 arithmetic, so both always agree.
 * The open (and its audit row) happens only when that sum is within the limit: a refused request counts nothing.
 */
const OPEN_SHARE_LINK_WITHIN_RATE_LIMIT_SQL = `
  WITH ${RATE_LIMIT_COUNTED_CTE}, decided AS (
    SELECT current_hits, previous_hits,
           previous_hits::float8 * $4::float8 + current_hits::float8 <= $5::float8 AS allowed
      FROM counted
  ), opened AS (
    UPDATE share_links AS link
       SET open_count = link.open_count + 1,
           first_opened_at = LEAST(COALESCE(link.first_opened_at, $7::timestamptz), $7::timestamptz),
           last_opened_at = GREATEST(COALESCE(link.last_opened_at, $7::timestamptz), $7::timestamptz)
      FROM handouts AS handout, decided
     WHERE decided.allowed
       AND link.token_hash = $6
       AND link.revoked_at IS NULL
       AND link.blocked_at IS NULL
       AND link.expires_at > $7::timestamptz
       AND (link.access_check = 'none' OR $8::boolean)
       AND handout.id = link.handout_id
       AND handout.deleted_at IS NULL
    RETURNING link.id, link.handout_id, link.token_id, handout.updated_at AS handout_updated_at
  ), audited AS (
    INSERT INTO audit_events (action, target_collection, target_id, detail)
    SELECT 'share.open'::enum_audit_events_action, 'handouts', opened.handout_id::text, 'link ' || opened.token_id FROM opened
    RETURNING id
  )
  SELECT decided.allowed, decided.current_hits, decided.previous_hits, opened.handout_id, opened.handout_updated_at
    FROM decided LEFT JOIN opened ON true`

/**
 * The patient page's hot path in one statement, so one round trip: count
 * this request against the client's rate limit (as consumeShareRateLimit
 * does), and, if it is within the limit and the link with this hash may be
 * viewed now (not revoked, blocked or expired, its handout not deleted, and
 * either no patient check or the check already passed), count the open and
 * write its `share.open` audit row, atomically, and say which handout to show.
 * Tracking counters are bumped in SQL, so 20 patients opening at once count
 * 20 on whatever instance serves them; the patient is not identified (no
 * address is stored, only a keyed hash in the rate-limit bucket).
 */
export async function openShareLinkWithinRateLimit({
  payload,
  tokenHash,
  checkPassed,
  clientAddress,
  limit,
  now = new Date(),
}: {
  payload: Payload
  tokenHash: string
  /** Whether the request carries a valid access cookie for this link's hash. */
  checkPassed: boolean
  clientAddress: string
  /** Requests per minute per client. */
  limit: number
  now?: Date
}): Promise<RateLimitedOpen> {
  const { current, previous, expiresAt } = rateLimitBuckets({ secret: payload.secret, clientAddress, now })
  const values = [current, expiresAt, previous, previousWindowWeight(now), limit, tokenHash, now.toISOString(), checkPassed]
  // A named (prepared) statement: planned once per connection, not on every patient open.
  const result = await payload.db.pool.query({ name: 'careleaf_open_share_link_within_rate_limit', text: OPEN_SHARE_LINK_WITHIN_RATE_LIMIT_SQL, values })
  const row = result.rows[0] as
    | { allowed: boolean; current_hits: number | string; previous_hits: number | string; handout_id: number | null; handout_updated_at: string | Date | null }
    | undefined
  sometimesDeleteExpiredRateLimitRows({ payload, now })
  const counted = rateLimitDecision({ currentHits: Number(row?.current_hits ?? 1), previousHits: Number(row?.previous_hits ?? 0), now, limit })
  // The statement's verdict decides (it is what counted the open or not); the rest of the decision is read from the counts.
  const decision: RateLimitDecision = row?.allowed
    ? { ...counted, allowed: true, retryAfterSeconds: 0 }
    : { ...counted, allowed: false, retryAfterSeconds: Math.max(1, counted.retryAfterSeconds) }
  if (!decision.allowed || row?.handout_id == null || row.handout_updated_at == null) return { decision, opened: null }
  return { decision, opened: { handoutId: Number(row.handout_id), handoutUpdatedAt: new Date(row.handout_updated_at).toISOString() } }
}
