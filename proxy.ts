import { type NextRequest, NextResponse } from 'next/server'

import { decodeSessionToken, encodeSessionToken, sessionCookieName, sessionCookieOptions, usesSecureCookies } from '@/lib/auth/sessionCookie'
import { checkSessionClock } from '@/lib/auth/sessionPolicy'
import { databaseOutageAnswer } from '@/lib/db/databaseOutageAnswer'
import { adminHandOver } from '@/lib/security/adminHandOver'
import { apiCacheControl } from '@/lib/security/apiCacheControl'
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from '@/lib/security/contentSecurityPolicy'
import { findMalformedInput, type MalformedInput } from '@/lib/security/findMalformedInput'
import { movesIdleClock } from '@/lib/security/movesIdleClock'
import { unacceptableCallbackUrlCookies } from '@/lib/security/nextAuthCallbackUrl'
import { signInRedirect } from '@/lib/security/signInRedirect'
import { patientResponseHeaders } from '@/lib/share/patientResponseHeaders'
import { versionCompareRedirect } from '@/lib/topics/versionCompareRedirect'

function withSecurityHeaders(response: NextResponse, csp: string | null): NextResponse {
  if (csp) response.headers.set('Content-Security-Policy', csp)
  if (usesSecureCookies()) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
  return response
}

function redirectTo(request: NextRequest, path: string): NextResponse {
  return withSecurityHeaders(NextResponse.redirect(new URL(path, request.url)), null)
}

/** Next.js reads the nonce from the request's CSP header and puts it on its own inline scripts. */
function pageContentSecurityPolicy(): { nonce: string; csp: string } {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  return { nonce, csp: contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development', https: usesSecureCookies() }) }
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
 * The proxy, as a sequence of small named steps (lib/security): Payload's
 * login hand-over, malformed input, the database outage answer (lib/db), the
 * sign-in redirect, the CSP, API cache policy and the idle clock. This is never the
 * authorization check: every page, action, route handler and Payload request
 * re-reads the session and the user where it reads data (proxies can be
 * bypassed, e.g. the `x-middleware-subrequest` trick, CVE-2025-29927).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams, search } = request.nextUrl

  const handOver = adminHandOver(pathname, searchParams)
  if (handOver) return redirectTo(request, handOver)

  // Malformed input (bad percent-encoding, NUL, ids that are not ids, oversized bodies): a 4xx before any route.
  const malformed = await findMalformedInput(request)
  if (malformed) return refuse(pathname, malformed)
  if (isPatientPath(pathname)) return NextResponse.next()
  // PostgreSQL known to be down: a 503 now, not a page that fails (with a 500) on its first query.
  const outage = databaseOutageAnswer(pathname)
  if (outage) return new NextResponse(outage.body, { status: outage.status, headers: outage.headers })

  const cookieName = sessionCookieName()
  const token = await decodeSessionToken(request.cookies.get(cookieName)?.value)
  const now = Math.floor(Date.now() / 1000)
  const clock = token ? checkSessionClock(token, now) : null
  const signIn = signInRedirect({ pathname, search, clock, hasPayloadToken: request.cookies.has('payload-token') })
  if (signIn) {
    const response = redirectTo(request, signIn)
    if (token) response.cookies.delete(cookieName)
    return response
  }
  // A topic's version view compares with the published version unless a comparison was chosen.
  const compare = versionCompareRedirect(pathname, searchParams)
  if (compare) return redirectTo(request, compare)

  const { nonce, csp } = pageContentSecurityPolicy()
  // A callback-url cookie next-auth would refuse (with a 500, on every sign-in) is dropped and expired.
  const refusedCallbackCookies = pathname.startsWith('/api/auth/') ? unacceptableCallbackUrlCookies(request.cookies.getAll()) : []
  for (const name of refusedCallbackCookies) request.cookies.delete(name)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', csp)
  requestHeaders.set('x-nonce', nonce)
  const response = withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp)
  for (const name of refusedCallbackCookies) response.cookies.delete(name)
  const cacheControl = apiCacheControl(pathname)
  if (cacheControl) response.headers.set('Cache-Control', cacheControl)

  if (token && clock?.ok && movesIdleClock({ pathname, method: request.method, lastSeen: token.lastSeen, now })) {
    response.cookies.set(cookieName, await encodeSessionToken({ ...token, lastSeen: now }), sessionCookieOptions())
  }
  return response
}

export const config = {
  matcher: [
    // Everything but Next's static files and a request for a well-formed patient link (`/p/<token>`, its `/pdf`).
    // A patient opening a link pays for nothing the proxy would do there: its path has no percent-encoding to check
    // (anything else under /p still comes here, so a badly encoded token gets its 400, not Next.js's bare 500), the
    // route handler sets every header itself, and it reads no query. Patient paths never get the session work below.
    '/((?!_next/static|_next/image|favicon.ico|p/[A-Za-z0-9_-]+(?:/pdf)?$).*)',
    // ...unless the request has a body (the access form, any POST): its size and NUL checks stay here.
    { source: '/p/:path*', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/p/:path*', has: [{ type: 'header', key: 'transfer-encoding' }] },
  ],
}
