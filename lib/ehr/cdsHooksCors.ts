/**
 * CORS for CDS Hooks: EHR apps may call from a browser (CDS Hooks 2.0
 * §CORS). Discovery is public, so any origin may read it; the service
 * answers a browser only from an origin its EHR client lists (the client's
 * allowedOrigins), and says so per origin, hence `Vary: Origin`.
 */
export const DISCOVERY_CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
}

/** `https://EHR.example.org/` and `https://ehr.example.org` are one origin; anything that is not a URL is none. */
export function normaliseOrigin(value: string): string | null {
  try {
    const origin = new URL(value.trim()).origin
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

export function isAllowedOrigin(origin: string, allowedOrigins: readonly string[] | null | undefined): boolean {
  const wanted = normaliseOrigin(origin)
  return wanted !== null && (allowedOrigins ?? []).some((allowed) => normaliseOrigin(allowed) === wanted)
}

/** The service's CORS headers for a browser call from `origin` (already checked), or only `Vary` when there is none to allow. */
export function serviceCorsHeaders(origin: string | null): Record<string, string> {
  if (!origin) return { Vary: 'Origin' }
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': '600',
  }
}
