/** Payload's auth endpoints that read credentials from the body (payload/dist/auth/endpoints). */
const PAYLOAD_CREDENTIAL_ENDPOINT = /^\/api\/[a-z0-9-]+\/(login|forgot-password|reset-password|unlock|first-register)\/?$/

/** What Payload's auth endpoints and next-auth's routes read as strings (next-auth's own client only ever sends strings). */
const PAYLOAD_FIELDS = ['email', 'username', 'password', 'token'] as const
const NEXT_AUTH_FIELDS = ['csrfToken', 'callbackUrl', 'json', 'redirect', 'email', 'password', 'code', 'level'] as const

function isJson(contentType: string): boolean {
  return contentType.includes('application/json')
}

/** The body as a JSON object, or null for anything else (invalid JSON, an array, a string, null). */
function jsonObject(bodyText: string): Record<string, unknown> | null {
  try {
    const body: unknown = JSON.parse(bodyText)
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}

function hasNonStringField(body: Record<string, unknown>, fields: readonly string[]): boolean {
  return fields.some((field) => field in body && typeof body[field] !== 'string')
}

/**
 * A POST whose credentials or next-auth fields are not strings. Payload's auth
 * endpoints call string methods on `email` and `password` without checking
 * their type and do not read urlencoded forms, and next-auth 4 does the same
 * with `callbackUrl` and `csrfToken` from a JSON body, so `{"email":null}`,
 * `{"callbackUrl":1}` or a urlencoded post to Payload's login was a 500.
 * Multipart (Payload's admin forms: forgot password, first user) passes.
 */
export function hasMistypedCredentials(method: string, pathname: string, contentType: string, bodyText: string): boolean {
  if (method !== 'POST') return false
  if (PAYLOAD_CREDENTIAL_ENDPOINT.test(pathname)) {
    if (contentType.includes('application/x-www-form-urlencoded')) return true
    if (!isJson(contentType)) return false
    const body = jsonObject(bodyText)
    return body === null || hasNonStringField(body, PAYLOAD_FIELDS)
  }
  if (pathname.startsWith('/api/auth/') && isJson(contentType)) {
    const body = jsonObject(bodyText)
    return body === null || hasNonStringField(body, NEXT_AUTH_FIELDS)
  }
  return false
}
