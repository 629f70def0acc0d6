import { type NextRequest, NextResponse } from 'next/server'

import { safeCallbackPath } from '@/lib/auth/safeCallbackPath'
import { decodeSessionToken, encodeSessionToken, sessionCookieName, sessionCookieOptions } from '@/lib/auth/sessionCookie'
import { checkSessionClock } from '@/lib/auth/sessionPolicy'

/** Re-issue the cookie at most this often: enough precision for a 30-minute idle limit. */
const SLIDE_EVERY_SECONDS = 30

function redirectTo(request: NextRequest, path: string): NextResponse {
  return NextResponse.redirect(new URL(path, request.url))
}

/**
 * Redirects and the idle clock only. This is never the authorization check:
 * every page, action, route handler and Payload request re-reads the session
 * and the user where it reads data (proxies can be bypassed, e.g. the
 * `x-middleware-subrequest` trick, CVE-2025-29927).
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

  const cookieName = sessionCookieName()
  const token = await decodeSessionToken(request.cookies.get(cookieName)?.value)
  const now = Math.floor(Date.now() / 1000)
  const clock = token ? checkSessionClock(token, now) : null
  const isWorkspacePage = pathname.startsWith('/library') || pathname.startsWith('/handouts')

  if (!token || !clock?.ok) {
    if (!isWorkspacePage) return NextResponse.next()
    const signIn = new URL('/sign-in', request.url)
    signIn.searchParams.set('callbackUrl', `${pathname}${request.nextUrl.search}`)
    if (clock && !clock.ok && clock.reason !== 'malformed') signIn.searchParams.set('reason', clock.reason)
    const response = NextResponse.redirect(signIn)
    if (token) response.cookies.delete(cookieName)
    return response
  }

  // Activity: move the idle clock on (the status poll at /api/session must not count as activity).
  const response = NextResponse.next()
  const isStatusPoll = pathname === '/api/session' && request.method === 'GET'
  if (!isStatusPoll && now - token.lastSeen >= SLIDE_EVERY_SECONDS) {
    response.cookies.set(cookieName, await encodeSessionToken({ ...token, lastSeen: now }), sessionCookieOptions())
  }
  return response
}

export const config = {
  matcher: ['/library/:path*', '/handouts/:path*', '/admin', '/admin/:path*', '/api/((?!auth/).*)'],
}
