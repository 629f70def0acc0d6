import { ALLOWED_ORIGIN_HOSTS } from '@/lib/security/allowedOrigins'

/**
 * CSRF check for our own state-changing route handlers, the same rule Next.js
 * applies to server actions (next/dist/server/app-render/action-handler.js):
 * the `Origin` header's host must equal the host the request was sent to
 * (the first `X-Forwarded-Host` value, else `Host`), or be listed in
 * `serverActions.allowedOrigins` (ALLOWED_ORIGIN_HOSTS). The public URL
 * (NEXTAUTH_URL) is accepted too. So the site works under whatever name it is
 * reached by (127.0.0.1 while NEXTAUTH_URL says localhost), and a page on
 * another site is refused: browsers send `Origin` on every cross-site POST
 * and a cross-site page cannot set `Host` or `X-Forwarded-Host`.
 *
 * `Origin: null` (sandboxed frames, `data:` pages, cross-site redirects) is
 * always refused. A missing `Origin` is refused unless `allowMissing`: every
 * browser sends one on a POST, so only non-browser clients lack it.
 * SameSite=Lax on the session cookie is the second layer.
 */
export function isSameOrigin(
  request: Pick<Request, 'headers'>,
  {
    publicUrl = process.env.NEXTAUTH_URL,
    allowedHosts = ALLOWED_ORIGIN_HOSTS,
    allowMissing = false,
  }: { publicUrl?: string; allowedHosts?: string[]; allowMissing?: boolean } = {},
): boolean {
  const origin = request.headers.get('origin')
  if (origin === null) return allowMissing
  let originUrl: URL
  try {
    originUrl = new URL(origin)
  } catch {
    return false
  }
  // An opaque origin ("null", "file://") has no host to compare.
  if (originUrl.origin === 'null' || !originUrl.host) return false
  const requestedHost = (request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host'))?.toLowerCase()
  if (requestedHost && originUrl.host === requestedHost) return true
  if (allowedHosts.some((host) => host.toLowerCase() === originUrl.host)) return true
  try {
    return !!publicUrl && new URL(publicUrl).origin === originUrl.origin
  } catch {
    return false
  }
}
