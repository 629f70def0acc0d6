import { hasMistypedCredentials } from './hasMistypedCredentials'
import { isBulkWriteWithoutWhere, isUnroutableRestPath } from './isUnroutableRestPath'
import { hasMalformedPercentEncoding, hasNulInTarget } from './malformedTarget'
import { isAcceptableCallbackUrl, isCredentialsCallbackWithoutPost } from './nextAuthCallbackUrl'
import { bodyTextHasNul, readBodyText } from './requestBodyHasNul'
import { requestBodyLimitBytes } from './requestBodyLimit'

export interface MalformedInput {
  status: 400 | 404 | 405 | 413
  message: string
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * The proxy's input checks, in order: each refuses, with a 4xx and before any
 * route, database or session work, input that no route can accept and that
 * used to end in a 500. None of them reads the session: refusing malformed
 * input is not authorisation, which stays with every route (see proxy.ts).
 */
export async function findMalformedInput(request: Request): Promise<MalformedInput | null> {
  const url = new URL(request.url)
  if (hasMalformedPercentEncoding(url.pathname)) return { status: 400, message: 'Bad Request' }
  if (hasNulInTarget(`${url.pathname}${url.search}`)) return { status: 400, message: 'Bad Request' }

  if (url.pathname.startsWith('/api/')) {
    // Paging and depth are small integers; Payload answers `limit=1e309` (Infinity) with a 500.
    if (['limit', 'page', 'depth'].some((name) => url.searchParams.has(name) && !/^\d{1,6}$/.test(url.searchParams.get(name) ?? ''))) {
      return { status: 400, message: 'limit, page and depth must be whole numbers.' }
    }
    // Ids are integers: `/api/topics/%20` or `/api/topics/distinct` would reach PostgreSQL as an id and fail with a 500.
    if (isUnroutableRestPath(request.method, url.pathname)) return { status: 404, message: 'Not Found' }
    // Payload throws (a 500) on an update or delete of a whole collection without `where`.
    if (isBulkWriteWithoutWhere(request.method, url)) return { status: 400, message: 'A bulk update or delete needs a where query.' }
  }
  if (url.pathname.startsWith('/api/auth/')) {
    const callbackUrl = url.searchParams.get('callbackUrl')
    if (callbackUrl !== null && !isAcceptableCallbackUrl(callbackUrl)) return { status: 400, message: 'Bad Request' }
    if (isCredentialsCallbackWithoutPost(request.method, url.pathname)) return { status: 405, message: 'Method Not Allowed' }
  }

  if (!METHODS_WITH_BODY.has(request.method)) return null
  // Next.js hands the proxy and the route a copy of the body truncated at `proxyClientMaxBodySize`
  // (next.config.ts), so anything larger is refused here rather than half-read there.
  const declaredLength = Number(request.headers.get('content-length') ?? 0)
  if (declaredLength > requestBodyLimitBytes()) return { status: 413, message: 'Payload Too Large' }
  const contentType = request.headers.get('content-type')?.toLowerCase() ?? ''
  const body = await readBodyText(request)
  if (!body.ok) return { status: 400, message: 'Bad Request' }
  if (bodyTextHasNul(contentType, body.text)) return { status: 400, message: 'Bad Request' }
  if (hasMistypedCredentials(request.method, url.pathname, contentType, body.text)) return { status: 400, message: 'Bad Request' }
  return null
}
