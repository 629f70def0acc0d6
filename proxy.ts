import { type NextRequest, NextResponse } from 'next/server'

import { safeCallbackPath } from '@/lib/auth/safeCallbackPath'
import { decodeSessionToken, encodeSessionToken, sessionCookieName, sessionCookieOptions, usesSecureCookies } from '@/lib/auth/sessionCookie'
import { checkSessionClock } from '@/lib/auth/sessionPolicy'
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from '@/lib/security/contentSecurityPolicy'
import { findMalformedInput, type MalformedInput } from '@/lib/security/findMalformedInput'
import { unacceptableCallbackUrlCookies } from '@/lib/security/nextAuthCallbackUrl'
import { patientResponseHeaders } from '@/lib/share/patientResponseHeaders'

/** Payload admin screens meant for people without a session (first account on a new install, password reset). */
const PUBLIC_ADMIN_SCREENS = /^\/admin\/(create-first-user|forgot|reset|verify|unauthorized)(\/|$)/

/** Payload's uploaded files (`/api/media/file/<name>`): public images that keep their own caching. */
const UPLOADED_FILE = /^\/api\/[a-z0-9-]+\/file\//

/** Re-issue the cookie at most this often: enough precision for a 30-minute idle limit. */
const SLIDE_EVERY_SECONDS = 30

function withSecurityHeaders(response: NextResponse, csp: string | null): NextResponse {
  if (csp) response.headers.set('Content-Security-Policy', csp)
  if (usesSecureCookies()) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
  return response
}

function redirectTo(request: NextRequest, path: string): NextResponse {
  return withSecurityHeaders(NextResponse.redirect(new URL(path, request.url)), null)
}

/** Patient pages (`/p/*`) set their own headers and CSP in their route handlers; the proxy only checks their input. */
function isPatientPath(pathname: string): boolean {
  return pathname === '/p' || pathname.startsWith('/p/')
}

/** The 4xx for input no route accepts, with the headers its path would have had. */
function refuse(pathname: string, malformed: MalformedInput): NextResponse {
  if (isPatientPath(pathname)) {
    return new NextResponse(malformed.message, {
      status: malformed.status,
      headers: patientResponseHeaders('file', { 'Content-Type': 'text/plain; charset=utf-8' }),
    })
  }
  return withSecurityHeaders(NextResponse.json({ errors: [{ message: malformed.message }] }, { status: malformed.status }), null)
}

/**
 * Security headers, redirects and the idle clock. This is never the
 * authorization check: every page, action, route handler and Payload request
 * re-reads the session and the user where it reads data (proxies can be
 * bypassed, e.g. the `x-middleware-subrequest` trick, CVE-2025-29927).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl

  // One front door: Payload's own login and logout screens hand over to next-auth's.
  if (pathname === '/admin/login') {
    const back = searchParams.get('redirect')
    const callbackUrl = back && back.startsWith('/admin') ? safeCallbackPath(back, '/admin') : '/admin'
    return redirectTo(request, `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`)
  }
  if (pathname === '/admin/logout' || pathname === '/admin/logout-inactivity') return redirectTo(request, '/sign-out')

  // Malformed input (bad percent-encoding, NUL, ids that are not ids, oversized bodies): a 4xx before any route.
  const malformed = await findMalformedInput(request)
  if (malformed) return refuse(pathname, malformed)
  if (isPatientPath(pathname)) return NextResponse.next()

  const cookieName = sessionCookieName()
  const token = await decodeSessionToken(request.cookies.get(cookieName)?.value)
  const now = Math.floor(Date.now() / 1000)
  const clock = token ? checkSessionClock(token, now) : null
  const isWorkspacePage = pathname.startsWith('/library') || pathname.startsWith('/handouts') || pathname.startsWith('/kits')
  // Payload's admin would stream a 200 page that redirects in the browser; say "sign in" plainly instead.
  // (A REST login's payload-token still reaches Payload, which authorizes every admin request itself.)
  const isAdminPage = (pathname === '/admin' || pathname.startsWith('/admin/')) && !PUBLIC_ADMIN_SCREENS.test(pathname) && !request.cookies.has('payload-token')

  if ((isWorkspacePage || isAdminPage) && (!token || !clock?.ok)) {
    const signIn = new URL('/sign-in', request.url)
    signIn.searchParams.set('callbackUrl', `${pathname}${request.nextUrl.search}`)
    if (clock && !clock.ok && clock.reason !== 'malformed') signIn.searchParams.set('reason', clock.reason)
    const response = NextResponse.redirect(signIn)
    if (token) response.cookies.delete(cookieName)
    return withSecurityHeaders(response, null)
  }

  // Next.js reads the nonce from the request's CSP header and puts it on its own inline scripts.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const csp = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development', https: usesSecureCookies() })
  // A callback-url cookie next-auth would refuse (with a 500, on every sign-in) is dropped and expired.
  const refusedCallbackCookies = pathname.startsWith('/api/auth/') ? unacceptableCallbackUrlCookies(request.cookies.getAll()) : []
  for (const name of refusedCallbackCookies) request.cookies.delete(name)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', csp)
  requestHeaders.set('x-nonce', nonce)
  const response = withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp)
  for (const name of refusedCallbackCookies) response.cookies.delete(name)
  // Answers under /api carry user data (Payload REST, next-auth's session, /api/session, the audit CSV): never kept
  // by a browser or shared cache. Set here, one place for all of them; a header set by the proxy wins over the route's.
  if (pathname.startsWith('/api/') && !UPLOADED_FILE.test(pathname)) response.headers.set('Cache-Control', 'no-store')

  // Activity moves the idle clock on; the warning's status poll does not count as activity.
  const isStatusPoll = pathname === '/api/session' && request.method === 'GET'
  const isActivity = !isStatusPoll && !pathname.startsWith('/api/auth')
  if (token && clock?.ok && isActivity && now - token.lastSeen >= SLIDE_EVERY_SECONDS) {
    response.cookies.set(cookieName, await encodeSessionToken({ ...token, lastSeen: now }), sessionCookieOptions())
  }
  return response
}

export const config = {
  // Everything but Next's static files. Patient pages under /p only have their input checked here:
  // a badly encoded token would otherwise make Next.js answer 500, without headers, while matching the route.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
