import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Tracking counters are bumped by a single UPDATE each, so 20 patients opening
 * at once count 20, whatever instance serves them (a read-modify-write through
 * the Local API would lose updates). The patient is not identified: no
 * address, no user agent, only counts and times.
 */
export async function recordSharePdfDownload({ payload, linkId }: { payload: Payload; linkId: number }): Promise<void> {
  await payload.db.drizzle.execute(sql`UPDATE share_links SET pdf_download_count = pdf_download_count + 1 WHERE id = ${linkId}`)
}

export interface OpenedShareLink {
  handoutId: number
  /** The handout row's updated_at, ISO: lets the page reuse a handout it has just read. */
  handoutUpdatedAt: string
}

const OPEN_SHARE_LINK_SQL = `
  WITH opened AS (
    UPDATE share_links AS link
       SET open_count = link.open_count + 1,
           first_opened_at = LEAST(COALESCE(link.first_opened_at, $2::timestamptz), $2::timestamptz),
           last_opened_at = GREATEST(COALESCE(link.last_opened_at, $2::timestamptz), $2::timestamptz)
      FROM handouts AS handout
     WHERE link.token_hash = $1
       AND link.revoked_at IS NULL
       AND link.blocked_at IS NULL
       AND link.expires_at > $2::timestamptz
       AND (link.access_check = 'none' OR $3::boolean)
       AND handout.id = link.handout_id
       AND handout.deleted_at IS NULL
    RETURNING link.id, link.handout_id, link.token_id, handout.updated_at AS handout_updated_at
  ), audited AS (
    INSERT INTO audit_events (action, target_collection, target_id, detail)
    SELECT 'share.open'::enum_audit_events_action, 'handouts', opened.handout_id::text, 'link ' || opened.token_id FROM opened
    RETURNING id
  )
  SELECT opened.handout_id, opened.handout_updated_at FROM opened`

/**
 * The patient page's hot path in one statement: if the link with this hash
 * may be viewed now (not revoked, blocked or expired, its handout not deleted, and
 * either no patient check or the check already passed), count the open and
 * write its `share.open` audit row, atomically, and say which handout to show.
 * Null means "not viewable as is": the caller then works out why (unknown,
 * expired, needs the check) on the slow path, counting nothing.
 */
export async function openShareLink({
  payload,
  tokenHash,
  checkPassed,
  now = new Date(),
}: {
  payload: Payload
  tokenHash: string
  /** Whether the request carries a valid access cookie for this link's hash. */
  checkPassed: boolean
  now?: Date
}): Promise<OpenedShareLink | null> {
  const at = now.toISOString()
  // A named (prepared) statement: planned once per connection, not on every patient open.
  const result = await payload.db.pool.query({ name: 'careleaf_open_share_link', text: OPEN_SHARE_LINK_SQL, values: [tokenHash, at, checkPassed] })
  const row = result.rows[0] as { handout_id: number; handout_updated_at: string | Date } | undefined
  if (!row) return null
  return {
    handoutId: Number(row.handout_id),
    handoutUpdatedAt: new Date(row.handout_updated_at).toISOString(),
  }
}
