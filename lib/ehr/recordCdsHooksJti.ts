import crypto from 'node:crypto'

import type { Payload } from 'payload'

// The share rate limit's bucket table (lib/share/consumeShareRateLimit.ts) is a shared, expiring counter: a jti is a
// bucket whose first hit is the token's use and any later hit a replay. A row that outlived its expiry (not yet
// swept) counts as new. Its cleanup removes the row once expired, when the token's exp refuses it anyway.
const JTI_HIT_SQL = `
  INSERT INTO share_rate_limits (bucket, hits, expires_at)
  VALUES ($1, 1, $2::timestamptz)
  ON CONFLICT (bucket) DO UPDATE
    SET hits = CASE WHEN share_rate_limits.expires_at <= $3::timestamptz THEN 1 ELSE share_rate_limits.hits + 1 END,
        expires_at = GREATEST(share_rate_limits.expires_at, EXCLUDED.expires_at)
  RETURNING hits`

/**
 * Records one use of a CDS Hooks JWT's `jti` and says whether it is the
 * first (CDS Hooks 2.0: the jti must be unique, so a replayed token is
 * refused). One atomic upsert, so two simultaneous uses of one token, on
 * any instance, cannot both be first. The bucket is a hash: an issuer and
 * jti are any length the EHR likes.
 */
export async function recordCdsHooksJti({
  payload,
  issuer,
  jti,
  until,
  now = new Date(),
}: {
  payload: Payload
  issuer: string
  jti: string
  /** When the token can no longer be used anyway (its exp). */
  until: Date
  now?: Date
}): Promise<boolean> {
  const bucket = `cds-jti:${crypto.createHash('sha256').update(issuer).update('\u0000').update(jti).digest('base64url')}`
  const result = await payload.db.pool.query<{ hits: string | number }>({
    name: 'careleaf_cds_hooks_jti',
    text: JTI_HIT_SQL,
    values: [bucket, until.toISOString(), now.toISOString()],
  })
  return Number(result.rows[0]?.hits ?? 0) === 1
}
