/** Payload's uploaded files (`/api/media/file/<name>`): public images that keep their own caching. */
const UPLOADED_FILE = /^\/api\/[a-z0-9-]+\/file\//

/**
 * Answers under /api carry user data (Payload REST, next-auth's session,
 * /api/session, the audit CSV): never kept by a browser or a shared cache.
 * Decided here, one place for all of them (a header set by the proxy wins over
 * the route's). Null leaves the route's own header.
 */
export function apiCacheControl(pathname: string): 'no-store' | null {
  return pathname.startsWith('/api/') && !UPLOADED_FILE.test(pathname) ? 'no-store' : null
}
