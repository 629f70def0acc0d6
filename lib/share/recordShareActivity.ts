import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Tracking counters are bumped by a single UPDATE each (an open by
 * openShareLinkWithinRateLimit.ts, with its rate-limit count), so 20 patients opening
 * at once count 20, whatever instance serves them (a read-modify-write through
 * the Local API would lose updates). The patient is not identified: no
 * address, no user agent, only counts and times.
 */
export async function recordSharePdfDownload({ payload, linkId }: { payload: Payload; linkId: number }): Promise<void> {
  await payload.db.drizzle.execute(sql`UPDATE share_links SET pdf_download_count = pdf_download_count + 1 WHERE id = ${linkId}`)
}
