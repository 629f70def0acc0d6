import { handleEndpoints, type Payload } from 'payload'

export interface RestAnswer {
  status: number
  json: Record<string, unknown>
  headers: Headers
}

/** Payload's REST API in-process, exactly as the /api route serves it, with an optional `JWT` bearer. */
export async function restCall(
  payload: Payload,
  method: string,
  path: string,
  { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RestAnswer> {
  const requestHeaders: Record<string, string> = { 'content-type': 'application/json', ...headers }
  if (token) requestHeaders.authorization = `JWT ${token}`
  const request = new Request(`http://localhost/api${path}`, { method, headers: requestHeaders, body: body === undefined ? undefined : JSON.stringify(body) })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers }
}

/** A Payload REST token (local-jwt) for a test user, as `POST /api/users/login` hands it out. */
export async function restToken(payload: Payload, email: string, password = 'int-test-password-123'): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error('login returned no token')
  return token
}
