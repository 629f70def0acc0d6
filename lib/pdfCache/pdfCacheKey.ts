import crypto from 'node:crypto'

/**
 * What one cached PDF is: every value the renderer draws, plus the
 * renderer's own version. Hashing the whole input, rather than naming the
 * parts that matter (handout, printout variant, clinic branding), means no
 * part can be forgotten: a new clinic phone, another page size or a new
 * renderer simply asks for another key.
 */
export function pdfCacheKey({ rendererVersion, input }: { rendererVersion: string; input: unknown }): string {
  return crypto.createHash('sha256').update(rendererVersion).update('\0').update(stableJson(input)).digest('base64url')
}

/** JSON with object keys sorted, so equal values always hash alike. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}
