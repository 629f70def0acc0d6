import { type NextRequest, NextResponse } from 'next/server'

import { safeCallbackPath } from '@/lib/auth/safeCallbackPath'
import { decodeSessionToken, encodeSessionToken, sessionCookieName, sessionCookieOptions, usesSecureCookies } from '@/lib/auth/sessionCookie'
import { checkSessionClock } from '@/lib/auth/sessionPolicy'
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from '@/lib/security/contentSecurityPolicy'

/** Payload admin screens meant for people without a session (first account on a new install, password reset). */
const PUBLIC_ADMIN_SCREENS = /^\/admin\/(create-first-user|forgot|reset|verify|unauthorized)(\/|$)/

/**
 * Payload's own REST routes under a collection (payload/dist/collections/endpoints, auth/endpoints,
 * uploads/endpoints: `file` serves every uploaded image) plus ours. Add a custom collection
 * endpoint's first path word here.
 */
const COLLECTION_ENDPOINTS = new Set(['access', 'count', 'distinct', 'file', 'first-register', 'forgot-password', 'init', 'login', 'logout', 'me', 'paste-url', 'refresh-token', 'reset-password', 'unlock', 'verify', 'versions', 'export.csv'])
/** Routes under /api that are not collections with integer ids. */
const INTERNAL_API = /^(payload-.*|globals|auth|session|health|graphql.*)$/

/** Re-issue the cookie at most this often: enough precision for a 30-minute idle limit. */
const SLIDE_EVERY_SECONDS = 30

function withSecurityHeaders(response: NextResponse, csp: string | null): NextResponse {
  if (csp) response.headers.set('Content-Security-Policy', csp)
  if (usesSecureCookies()) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
  return response
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function redirectTo(request: NextRequest, path: string): NextResponse {
  return withSecurityHeaders(NextResponse.redirect(new URL(path, request.url)), null)
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

  // A NUL byte can never be valid input, and PostgreSQL answers one with an error (a 500): refuse it here.
  const target = `${pathname}${request.nextUrl.search}`
  if (/%00/i.test(target) || decodeURIComponentSafe(target).includes('\u0000')) {
    return withSecurityHeaders(NextResponse.json({ errors: [{ message: 'Bad Request' }] }, { status: 400 }), null)
  }
  // Paging and depth are small integers; Payload answers `limit=1e309` (Infinity) with a 500.
  if (pathname.startsWith('/api/') && ['limit', 'page', 'depth'].some((name) => searchParams.has(name) && !/^\d{1,6}$/.test(searchParams.get(name) ?? ''))) {
    return withSecurityHeaders(NextResponse.json({ errors: [{ message: 'limit, page and depth must be whole numbers.' }] }, { status: 400 }), null)
  }
  // Ids are integers: `/api/topics/%20` or `/api/topics/AAAA` would reach PostgreSQL as an id and fail with a 500.
  const apiDocument = /^\/api\/([a-z0-9-]+)\/([^/]+)/.exec(pathname)
  if (apiDocument && !INTERNAL_API.test(apiDocument[1]!) && !/^\d{1,15}$/.test(apiDocument[2]!) && !COLLECTION_ENDPOINTS.has(apiDocument[2]!)) {
    return withSecurityHeaders(NextResponse.json({ errors: [{ message: 'Not Found' }] }, { status: 404 }), null)
  }

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
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', csp)
  requestHeaders.set('x-nonce', nonce)
  const response = withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp)

  // Activity moves the idle clock on; the warning's status poll does not count as activity.
  const isStatusPoll = pathname === '/api/session' && request.method === 'GET'
  const isActivity = !isStatusPoll && !pathname.startsWith('/api/auth')
  if (token && clock?.ok && isActivity && now - token.lastSeen >= SLIDE_EVERY_SECONDS) {
    response.cookies.set(cookieName, await encodeSessionToken({ ...token, lastSeen: now }), sessionCookieOptions())
  }
  return response
}

export const config = {
  // Everything but Next's static files and the patient pages under /p (their headers are set with the share feature).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|p/).*)'],
}
