/**
 * Payload's REST routes under a collection, by method (payload/dist/collections/endpoints,
 * auth/endpoints, uploads/endpoints), plus ours (`export.csv`). Any other word in the id's
 * place is read by Payload as a document id and reaches PostgreSQL as one: a 500. Payload's
 * `/distinct` endpoint is commented out upstream, so `distinct` is such a word. Add a custom
 * collection endpoint's first path word here (`content-packs`: lib/contentPacks).
 */
const ENDPOINT_WORDS: Record<string, ReadonlySet<string>> = {
  GET: new Set(['access', 'content-packs', 'count', 'export.csv', 'file', 'init', 'me', 'paste-url', 'versions']),
  POST: new Set([
    'access',
    'content-packs',
    'first-register',
    'forgot-password',
    'login',
    'logout',
    'refresh-token',
    'reset-password',
    'unlock',
    'verify',
    'versions',
  ]),
  PATCH: new Set(),
  DELETE: new Set(),
}
ENDPOINT_WORDS.HEAD = ENDPOINT_WORDS.GET!
ENDPOINT_WORDS.OPTIONS = new Set([...ENDPOINT_WORDS.GET!, ...ENDPOINT_WORDS.POST!])

/** Words after which the next segment is again a document id. */
const ID_FOLLOWS = new Set(['versions', 'access'])

/** Routes under /api that are not collections with integer ids. */
const NOT_A_COLLECTION = /^(payload-.*|globals|auth|session|health|graphql.*)$/

const DOCUMENT_ID = /^\d{1,15}$/

/** Payload's own collections with REST turned off (`endpoints: false`), which Payload answers 501 Not Implemented: they are simply not there. */
const WITHOUT_REST = /^\/api\/payload-migrations(\/|$)/

/**
 * True when `/api/<collection>/<segment>…` cannot be any route for this method: the
 * collection word is not a slug, the collection has no REST API, or
 * the segment is neither an integer id nor one of Payload's endpoint words
 * (`/api/topics/%20`, `/api/topics/AAAA`, `PATCH /api/topics/count`), or the
 * id after `versions`/`access` is not an integer. Other methods (PUT, junk)
 * are left to Payload, which answers them 404.
 */
export function isUnroutableRestPath(method: string, pathname: string): boolean {
  if (WITHOUT_REST.test(pathname)) return true
  // Payload looks the first word up in an object of collections: `__proto__` or `constructor` would be found there.
  const first = /^\/api\/([^/]+)/.exec(pathname)?.[1]
  if (first !== undefined && (!/^[a-z][a-z0-9-]*$/.test(first) || first in Object.prototype)) return true
  const match = /^\/api\/([a-z0-9-]+)\/([^/]+)(?:\/([^/]*))?/.exec(pathname)
  if (!match || NOT_A_COLLECTION.test(match[1]!)) return false
  const words = ENDPOINT_WORDS[method.toUpperCase()]
  if (!words) return false
  const [, , segment, next] = match as unknown as [string, string, string, string | undefined]
  if (DOCUMENT_ID.test(segment)) return false
  if (!words.has(segment)) return true
  return ID_FOLLOWS.has(segment) && next !== undefined && next !== '' && !DOCUMENT_ID.test(next)
}

/** `PATCH` or `DELETE /api/<collection>` (many documents) without any `where[…]` parameter, which Payload refuses by throwing. */
export function isBulkWriteWithoutWhere(method: string, url: URL): boolean {
  if (method !== 'PATCH' && method !== 'DELETE') return false
  const collection = /^\/api\/([a-z0-9-]+)\/?$/.exec(url.pathname)?.[1]
  if (!collection || NOT_A_COLLECTION.test(collection)) return false
  return ![...url.searchParams.keys()].some((key) => key.startsWith('where['))
}
