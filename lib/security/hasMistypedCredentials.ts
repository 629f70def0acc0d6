/** Payload's auth endpoints that read credentials from the body (payload/dist/auth/endpoints). */
const CREDENTIAL_ENDPOINT = /^\/api\/[a-z0-9-]+\/(login|forgot-password|reset-password|unlock|first-register)\/?$/

const CREDENTIAL_FIELDS = ['email', 'username', 'password', 'token'] as const

/**
 * A POST to one of Payload's auth endpoints whose body is not a JSON object
 * with string credentials. Payload calls string methods on `email` and
 * `password` without checking their type, and reads no form bodies, so
 * `{"email":null}`, `{"password":{}}` or a form post was a 500.
 */
export function hasMistypedCredentials(method: string, pathname: string, contentType: string, bodyText: string): boolean {
  if (method !== 'POST' || !CREDENTIAL_ENDPOINT.test(pathname)) return false
  if (!contentType.includes('application/json')) return true
  let body: unknown
  try {
    body = JSON.parse(bodyText)
  } catch {
    return true
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return true
  return CREDENTIAL_FIELDS.some((field) => field in body && typeof (body as Record<string, unknown>)[field] !== 'string')
}
