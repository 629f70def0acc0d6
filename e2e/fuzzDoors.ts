/**
 * The shapes of malformed input the public doors get from the internet:
 * methods, bad percent-encoding in any path segment, junk cookies, JSON with
 * NUL bytes and wrong types. Deterministic (one seeded PRNG per door) and sent
 * with a plain HTTP client without a cookie jar, so a cookie one answer sets
 * never changes what the next request sends.
 */

/** mulberry32: a tiny seeded PRNG, so every run sends exactly the same requests. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = () => number

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

/** Path segments as they travel on the wire (already percent-encoded, or deliberately badly). */
export const BAD_SEGMENTS = [
  '%',
  '%zz',
  '%C0%AF',
  '%c0%af',
  '%E0%A4%A',
  '%ff',
  '%FE%FF',
  '%ED%A0%80',
  '%c3%28',
  '%00',
  '%2500',
  '%25',
  '%2e%2e',
  '%2F',
  '..',
  'distinct',
  'count',
  'versions',
  'access',
  'me',
  'init',
  'file',
  '-1',
  '1e309',
  '0',
  '999999999999999999999',
  '%F0%9F%98%80',
  'A'.repeat(300),
  '%3Cscript%3E',
  '__proto__',
  'constructor',
] as const

/** Not an HTTP method at all (Node refuses it before any application code). */
const UNREGISTERED_METHOD = 'FOO'

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', UNREGISTERED_METHOD, 'PROPFIND'] as const

/** Raw Cookie header values: broken syntax, non-URL callback cookies, forged tokens. */
export const JUNK_COOKIES = [
  '',
  'next-auth.callback-url=abc',
  'next-auth.callback-url=%',
  'next-auth.callback-url=javascript%3Aalert(1)',
  'next-auth.callback-url=http%3A%2F%2F',
  'next-auth.callback-url=%2F%2Fevil.example',
  '__Secure-next-auth.callback-url=abc',
  'next-auth.csrf-token=abc',
  'next-auth.csrf-token=%zz%7Cabc',
  'next-auth.csrf-token=a|b|c',
  'next-auth.session-token=abc',
  'next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..a.b.c',
  'next-auth.state=%',
  'next-auth.pkce.code_verifier=%00',
  'payload-token=abc',
  'payload-token=eyJhbGciOiJIUzI1NiJ9.e30.x',
  '=;=;;;',
  'a=%zz; b=%',
  `junk=${'x'.repeat(3000)}`,
] as const

/** Values that go into JSON and form fields: NUL (raw and escaped), wrong types, oversized. */
export const JUNK_VALUES: readonly unknown[] = [
  'a\u0000b',
  '\u0000',
  'x@y.z\u0000',
  'line\nFORGED-LOG-LINE [ERROR] forged',
  '\r\n\u001b[31mred',
  '',
  ' ',
  'abc',
  '/relative',
  'http://',
  '//evil.example',
  'javascript:alert(1)',
  '%',
  '%zz',
  1,
  -1,
  1e309,
  0,
  true,
  false,
  null,
  [],
  ['a', 'b'],
  {},
  { $gt: '' },
  { equals: 'x' },
  'A'.repeat(5000),
  '😀'.repeat(100),
  '\ud800',
]

/** A JSON body for the given fields, with junk values; some bodies are not JSON at all. */
export function jsonBody(random: Random, fields: readonly string[]): string {
  const roll = random()
  if (roll < 0.05) return '{"email":'
  if (roll < 0.08) return '[]'
  if (roll < 0.1) return 'null'
  if (roll < 0.12) return '"\\u0000"'
  if (roll < 0.14) return '{"a":"\\u0000"}'
  const body: Record<string, unknown> = {}
  for (const field of fields) if (random() < 0.8) body[field] = pick(random, JUNK_VALUES)
  return JSON.stringify(body)
}

/** A form body for the given fields; objects and arrays are sent as their string form, as a browser would. */
export function formBody(random: Random, fields: readonly string[], fixed: Record<string, string> = {}): string {
  const params = new URLSearchParams(fixed)
  for (const field of fields) if (random() < 0.8) params.set(field, String(pick(random, JUNK_VALUES)))
  let body = params.toString()
  if (random() < 0.1) body += pick(random, ['&email=%zz', '&password=%00', '&%', '&=&='])
  return body
}

export interface FuzzRequest {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
}

export interface FuzzTally {
  requests: number
  serverErrors: string[]
  missingHeaders: string[]
}

/** Headers every answer carries, whatever the input (patient pages set their own, with the same two). */
const SECURITY_HEADERS = ['x-content-type-options', 'x-frame-options'] as const

/**
 * Node's HTTP parser itself answers a method outside the registry (FOO) with a
 * bare 400 before any application code runs, and Next.js normalises paths
 * (`/p//pdf`, `/x/..`) with a bodiless 308: no header can be added to either,
 * and neither carries content.
 */
function mayLackHeaders(method: string, status: number): boolean {
  return (status >= 300 && status < 400) || (status === 400 && method === UNREGISTERED_METHOD)
}

/**
 * Sends every request (a few at a time) and tallies the 5xx answers and the
 * answers without the usual security headers. Answers are described without
 * their bodies, which may be large.
 */
export async function sendAll(baseURL: string, requests: readonly FuzzRequest[], concurrency = 6): Promise<FuzzTally> {
  const tally: FuzzTally = { requests: 0, serverErrors: [], missingHeaders: [] }
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!
      const label = `${request.method} ${request.path.slice(0, 120)}${request.headers?.cookie ? ` cookie=${request.headers.cookie.slice(0, 60)}` : ''}${request.body ? ` body=${String(request.body).slice(0, 80)}` : ''}`
      let status: number
      let headers: Headers
      try {
        const response = await fetch(new URL(request.path, baseURL), {
          method: request.method,
          headers: request.headers,
          body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
          redirect: 'manual',
        })
        status = response.status
        headers = response.headers
        await response.arrayBuffer().catch(() => undefined)
      } catch (error) {
        // A dropped connection is a server failure too.
        tally.requests++
        tally.serverErrors.push(`${label} → ${error instanceof Error ? error.message : 'network error'}`)
        continue
      }
      tally.requests++
      if (status >= 500) tally.serverErrors.push(`${label} → ${status}`)
      else if (!mayLackHeaders(request.method, status) && SECURITY_HEADERS.some((name) => !headers.has(name))) tally.missingHeaders.push(`${label} → ${status}`)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return tally
}
