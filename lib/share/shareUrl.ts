/**
 * The absolute URL a patient is given for a token. The configured public URL
 * wins over the request's own: behind a proxy, or under `next start`, a
 * route handler's request.url may name an internal host (e.g. localhost).
 */
export function shareUrlFor(token: string, request: Request, env: Record<string, string | undefined> = process.env): string {
  const base = env.NEXT_PUBLIC_SERVER_URL || env.NEXTAUTH_URL || request.url
  return new URL(`/p/${token}`, base).toString()
}

/**
 * The patient's URL for a token from the configured public URL alone, for
 * code that has no request (a server action); null when none is configured.
 */
export function configuredShareUrlFor(token: string, env: Record<string, string | undefined> = process.env): string | null {
  const base = env.NEXT_PUBLIC_SERVER_URL || env.NEXTAUTH_URL
  return base ? new URL(`/p/${token}`, base).toString() : null
}
