import { safeCallbackPath } from '@/lib/auth/safeCallbackPath'

/**
 * One front door: Payload's own login and logout screens hand over to
 * next-auth's. Returns the path to send the browser to, or null for any other
 * path. Only an /admin page may be the way back after signing in.
 */
export function adminHandOver(pathname: string, searchParams: URLSearchParams): string | null {
  if (pathname === '/admin/login') {
    const back = searchParams.get('redirect')
    const callbackUrl = back && back.startsWith('/admin') ? safeCallbackPath(back, '/admin') : '/admin'
    return `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`
  }
  if (pathname === '/admin/logout' || pathname === '/admin/logout-inactivity') return '/sign-out'
  return null
}
