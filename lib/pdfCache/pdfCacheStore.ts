import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { SHARE_LINK_VALIDITY_DAYS } from '@/lib/share/shareExpiry'

/** Which printout a cached PDF is: each handout keeps at most one current copy of each. */
export type PdfVariant = 'clinician' | 'share-link' | 'share-printout'

export interface CachedPdfRow {
  sealed: boolean
  bytes: Buffer
}

export async function readCachedPdf(payload: Payload, key: string): Promise<CachedPdfRow | null> {
  const { rows } = await payload.db.drizzle.execute(sql`SELECT sealed, bytes FROM pdf_cache WHERE key = ${key}`)
  const row = rows[0] as { sealed: boolean; bytes: Buffer } | undefined
  return row ? { sealed: row.sealed, bytes: Buffer.from(row.bytes) } : null
}

/**
 * Stores one PDF and drops copies that can no longer be asked for: the
 * handout's older clinician copy (made before a branding change or a new
 * renderer), and link copies older than the longest a link lives, whose
 * link has expired. (A link copy cannot be tied to its link row: its key
 * derives from the token, which the database does not hold.)
 */
export async function storeCachedPdf(
  payload: Payload,
  { key, handoutId, variant, sealed, bytes }: { key: string; handoutId: number; variant: PdfVariant; sealed: boolean; bytes: Buffer },
): Promise<void> {
  const oldestLinkCopy = new Date(Date.now() - Math.max(...SHARE_LINK_VALIDITY_DAYS) * 86_400_000).toISOString()
  await payload.db.drizzle.execute(sql`
    WITH stale AS (
      DELETE FROM pdf_cache
      WHERE (handout_id = ${handoutId} AND variant = 'clinician' AND ${variant} = 'clinician' AND key <> ${key})
         OR (variant <> 'clinician' AND created_at < ${oldestLinkCopy}::timestamptz)
    )
    INSERT INTO pdf_cache (key, handout_id, variant, sealed, bytes) VALUES (${key}, ${handoutId}, ${variant}, ${sealed}, ${bytes})
    ON CONFLICT (key) DO NOTHING`)
}

/** A handout's cached PDFs, when it is deleted: a copy of a deleted handout must not outlive it. */
export async function forgetHandoutPdfs(payload: Payload, handoutId: number): Promise<void> {
  await payload.db.drizzle.execute(sql`DELETE FROM pdf_cache WHERE handout_id = ${handoutId}`)
}

/** Every cached PDF, after a change to what every handout prints (the clinic's name, phone, logo…). */
export async function forgetCachedPdfs(payload: Payload): Promise<void> {
  await payload.db.drizzle.execute(sql`DELETE FROM pdf_cache`)
}
