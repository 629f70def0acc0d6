import { ExpiringLru } from '@/lib/cache/expiringLru'
import { stableJson } from '@/lib/pdfCache/pdfCacheKey'

/**
 * The patient's rendered page, as the UTF-8 bytes sent (encoded once, not on
 * every open), per link and handout snapshot and clinic branding: a handout
 * never changes after creation except by an admin edit, which moves
 * `updatedAt`, so a repeat open costs the one statement that counts it
 * against the rate limit and records it (it also says the link is still
 * active and returns `updatedAt`; openShareLinkWithinRateLimit.ts) and a
 * send. Per process, small and short-lived: this is patient data in memory,
 * kept only as long as a family keeps reopening a link. Revocation needs
 * nothing here: a revoked link fails that statement before the cache is
 * consulted.
 */
const MAX_ENTRIES = 200
const TTL_MS = 5 * 60_000

const pages = new ExpiringLru<Uint8Array<ArrayBuffer>>(MAX_ENTRIES, TTL_MS)
const utf8 = new TextEncoder()

export function patientPageCacheKey({
  tokenHash,
  handoutId,
  handoutUpdatedAt,
  clinic,
}: {
  tokenHash: string
  handoutId: number
  handoutUpdatedAt: string
  clinic: unknown
}): string {
  return `${tokenHash}\0${handoutId}@${new Date(handoutUpdatedAt).getTime()}\0${stableJson(clinic)}`
}

/**
 * The page under `key`, rendering and keeping it when it is missing or stale. A Response copies the bytes it is
 * given, so the kept copy is never handed out to be changed.
 */
export function cachedPatientPageBytes(key: string, render: () => string, now = Date.now()): Uint8Array<ArrayBuffer> {
  const hit = pages.get(key, now)
  if (hit !== undefined) return hit
  const bytes = utf8.encode(render())
  pages.set(key, bytes, now)
  return bytes
}

/** For tests. */
export function clearPatientPageHtmlCache(): void {
  pages.clear()
}
