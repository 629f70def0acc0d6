/**
 * CSRF check for custom state-changing route handlers (server actions get the
 * same check from Next.js). Browsers send `Origin` on every cross-site POST;
 * a request whose Origin is missing or foreign is refused. SameSite=Lax on the
 * session cookie is the second layer.
 */
export function isSameOrigin(request: Request, allowedOrigin = process.env.NEXTAUTH_URL): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return false
  try {
    const expected = new URL(allowedOrigin ?? request.url).origin
    return origin === expected || origin === new URL(request.url).origin
  } catch {
    return false
  }
}
