import type { SessionClockState } from '@/lib/auth/sessionPolicy'

/** Payload admin screens meant for people without a session (first account on a new install, password reset). */
const PUBLIC_ADMIN_SCREENS = /^\/admin\/(create-first-user|forgot|reset|verify|unauthorized)(\/|$)/

function isWorkspacePage(pathname: string): boolean {
  return pathname.startsWith('/library') || pathname.startsWith('/handouts') || pathname.startsWith('/kits')
}

/**
 * Where to send a browser that opens a signed-in page without a live session:
 * `/sign-in` with the way back (and why, when the session timed out), or null
 * to let the request through. A convenience, not the authorization check:
 * every page re-reads the user where it reads data. Payload's admin would
 * stream a 200 page that redirects in the browser, so it is said plainly here;
 * a REST login's `payload-token` still reaches Payload, which authorizes
 * every admin request itself.
 */
export function signInRedirect({
  pathname,
  search,
  clock,
  hasPayloadToken,
}: {
  pathname: string
  search: string
  /** The session cookie's clock; null without a session cookie. */
  clock: SessionClockState | null
  hasPayloadToken: boolean
}): string | null {
  const isAdminPage = (pathname === '/admin' || pathname.startsWith('/admin/')) && !PUBLIC_ADMIN_SCREENS.test(pathname) && !hasPayloadToken
  if (!isWorkspacePage(pathname) && !isAdminPage) return null
  if (clock?.ok) return null
  const signIn = new URLSearchParams({ callbackUrl: `${pathname}${search}` })
  if (clock && !clock.ok && clock.reason !== 'malformed') signIn.set('reason', clock.reason)
  return `/sign-in?${signIn.toString()}`
}
