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

interface Entry {
  html: string
  expiresAt: number
}

const entries = new Map<string, Entry>()

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
  const hit = entries.get(key)
  if (hit && hit.expiresAt > now) {
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    entries.delete(key)
    entries.set(key, hit)
    return hit.html
  }
  if (hit) entries.delete(key)
  const html = render()
  entries.set(key, { html, expiresAt: now + TTL_MS })
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  return html
}

/** For tests. */
export function clearPatientPageHtmlCache(): void {
  entries.clear()
}
