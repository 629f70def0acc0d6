import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Tracking counters are bumped by a single UPDATE each, so 20 patients opening
 * at once count 20, whatever instance serves them (a read-modify-write through
 * the Local API would lose updates). The patient is not identified: no
 * address, no user agent, only counts and times.
 */
export async function recordShareOpen({ payload, linkId, now = new Date() }: { payload: Payload; linkId: number; now?: Date }): Promise<void> {
  const at = now.toISOString()
  await payload.db.drizzle.execute(sql`
    UPDATE share_links
       SET open_count = open_count + 1,
           first_opened_at = LEAST(COALESCE(first_opened_at, ${at}::timestamptz), ${at}::timestamptz),
           last_opened_at = GREATEST(COALESCE(last_opened_at, ${at}::timestamptz), ${at}::timestamptz)
     WHERE id = ${linkId}`)
}

export async function recordSharePdfDownload({ payload, linkId }: { payload: Payload; linkId: number }): Promise<void> {
  await payload.db.drizzle.execute(sql`UPDATE share_links SET pdf_download_count = pdf_download_count + 1 WHERE id = ${linkId}`)
}
