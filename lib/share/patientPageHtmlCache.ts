import { ExpiringLru } from '@/lib/cache/expiringLru'
import { stableJson } from '@/lib/pdfCache/pdfCacheKey'

/**
 * The patient's rendered page, per link and handout snapshot and clinic
 * branding: a handout never changes after creation except by an admin edit,
 * which moves `updatedAt`, so a repeat open costs the rate-limit check, the
 * statement that counts the open (it also says the link is still active and
 * returns `updatedAt`) and a send. Per process, small and short-lived: this
 * is patient data in memory, kept only as long as a family keeps reopening
 * a link. Revocation needs nothing here: a revoked link fails that
 * statement before the cache is consulted.
 */
const MAX_ENTRIES = 200
const TTL_MS = 5 * 60_000

const pages = new ExpiringLru<string>(MAX_ENTRIES, TTL_MS)

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

/** The page under `key`, rendering and keeping it when it is missing or stale. */
export function cachedPatientPageHtml(key: string, render: () => string, now = Date.now()): string {
  const hit = pages.get(key, now)
  if (hit !== undefined) return hit
  const html = render()
  pages.set(key, html, now)
  return html
}

/** For tests. */
export function clearPatientPageHtmlCache(): void {
  pages.clear()
}
