import { type APIRequestContext, expect, test } from '@playwright/test'

import { BAD_SEGMENTS, formBody, type FuzzRequest, type FuzzTally, JUNK_COOKIES, jsonBody, METHODS, mulberry32, pick, type Random, sendAll } from './fuzzDoors'

/**
 * A bounded, reproducible set of malformed inputs against what anyone can
 * reach without an account: the patient link paths, the sign-in page and
 * next-auth's credentials endpoint, the session status route and the public
 * REST query parameters. Nothing may answer 500 or show a stack trace.
 */
const NASTY = [
  '',
  ' ',
  '%00',
  '%',
  '%zz',
  '..%2F..%2Fetc%2Fpasswd',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '{"$gt":""}',
  '\u202e\u0000\uffff',
  '😀'.repeat(50),
  'A'.repeat(43),
  'A'.repeat(44),
  'A'.repeat(5000),
  '__proto__',
  'constructor',
  '-1',
  '1e309',
  'NaN',
  '[object Object]',
]

function generated(count: number): string[] {
  const random = mulberry32(20261129)
  const alphabet = 'AZaz09-_~!*()\'";:@&=+$,/?#[]% \\<>{}|^`'
  return Array.from({ length: count }, () => {
    const length = Math.floor(random() * 80)
    return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
  })
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+|node_modules\/|webpack-internal|TypeError:|ReferenceError:|SyntaxError:/

async function expectCalm(response: Awaited<ReturnType<APIRequestContext['get']>>, label: string) {
  expect(response.status(), label).toBeLessThan(500)
  expect(STACK_TRACE.test(await response.text()), `${label}: stack trace in body`).toBe(false)
}

const inputs = [...NASTY, ...generated(30)]

test('fuzz: patient link paths never fail or leak internals', async ({ request }) => {
  for (const input of inputs) {
    const segment = encodeURIComponent(input).slice(0, 2000)
    await expectCalm(await request.get(`/p/${segment}`, { maxRedirects: 0 }), `/p/${segment.slice(0, 40)}`)
    await expectCalm(await request.get(`/p/${segment}/pdf`, { maxRedirects: 0 }), `/p/${segment.slice(0, 40)}/pdf`)
    await expectCalm(
      await request.post(`/p/${segment}/answers`, { form: { section: input, [`q-${input}`]: input }, maxRedirects: 0 }),
      `POST /p/${segment.slice(0, 40)}/answers`,
    )
  }
})

test('fuzz: the sign-in page and next-auth credentials callback never fail or leak internals', async ({ request }) => {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  for (const input of inputs) {
    await expectCalm(
      await request.get(`/sign-in?callbackUrl=${encodeURIComponent(input)}&error=${encodeURIComponent(input)}&reason=${encodeURIComponent(input)}`, {
        maxRedirects: 0,
      }),
      `sign-in ${input.slice(0, 20)}`,
    )
    const response = await request.post('/api/auth/callback/credentials', { form: { csrfToken, email: input, password: input, json: 'true' }, maxRedirects: 0 })
    await expectCalm(response, `credentials ${input.slice(0, 20)}`)
  }
  // Wrong or missing CSRF token, and a body that is not a form.
  await expectCalm(
    await request.post('/api/auth/callback/credentials', { form: { csrfToken: 'forged', email: 'a@b.c', password: 'x' }, maxRedirects: 0 }),
    'forged csrf',
  )
  await expectCalm(
    await request.post('/api/auth/callback/credentials', { data: '{"email":', headers: { 'content-type': 'application/json' }, maxRedirects: 0 }),
    'broken json',
  )
  await expectCalm(await request.post('/api/session', { headers: { origin: 'https://evil.example' } }), 'cross-site keep-alive')
})

test('fuzz: public search and query parameters never fail or leak internals', async ({ request }) => {
  for (const input of inputs.slice(0, 30)) {
    const value = encodeURIComponent(input)
    for (const path of [
      `/api/topics?where[title][like]=${value}`,
      `/api/topics?where[${value}][equals]=1`,
      `/api/topics?sort=${value}&limit=${value}&page=${value}&depth=${value}`,
      `/api/topics?where[or][0][slug][in]=${value}`,
      `/api/topics/${value}`,
      `/library?q=${value}`,
    ]) {
      await expectCalm(await request.get(path, { maxRedirects: 0 }), path.slice(0, 80))
    }
  }
})

/**
 * At least 1,000 malformed requests at each door anyone can knock on without
 * an account: next-auth's credentials callback, every other next-auth route,
 * Payload's REST login, the patient pages and Payload's REST collections.
 * None may answer 5xx, and every answer carries the usual security headers.
 * Seeded, bounded, 127.0.0.1 only, no browser pages.
 */
const PER_DOOR = 1000

const COLLECTIONS = [
  'topics',
  'categories',
  'media',
  'handouts',
  'kits',
  'share-links',
  'share-access-guards',
  'share-rate-limits',
  'users',
  'audit-events',
  'payload-preferences',
  'payload-migrations',
  'payload-locked-documents',
] as const

/** A path whose segments are replaced, one at a time and at random, by badly encoded ones. */
function mangledPath(random: Random, segments: readonly string[]): string {
  return `/${segments.map((segment) => (random() < 0.3 ? pick(random, BAD_SEGMENTS) : segment)).join('/')}`
}

function junkQuery(random: Random): string {
  if (random() < 0.5) return ''
  const value = pick(random, ['abc', '%', '%zz', '%00', 'http%3A%2F%2F', '%2F%2Fevil.example', 'javascript%3Aalert(1)', '%C0%AF', '1e309'])
  return `?${pick(random, ['callbackUrl', 'error', 'csrf', 'where[id][equals]', 'depth', 'redirect'])}=${value}`
}

function junkHeaders(random: Random, contentType: string): Record<string, string> {
  const cookie = pick(random, JUNK_COOKIES)
  return {
    'content-type': random() < 0.9 ? contentType : pick(random, ['text/plain', 'application/json; charset=%', 'multipart/form-data', '']),
    ...(cookie ? { cookie } : {}),
  }
}

function report(door: string, tally: FuzzTally) {
  console.log(`fuzz ${door}: ${tally.requests} requests, ${tally.serverErrors.length} × 5xx, ${tally.missingHeaders.length} without security headers`)
  expect(tally.requests).toBeGreaterThanOrEqual(PER_DOOR)
  expect(tally.serverErrors.slice(0, 20), `${door}: ${tally.serverErrors.length} answers were 5xx`).toEqual([])
  expect(tally.missingHeaders.slice(0, 20), `${door}: ${tally.missingHeaders.length} answers lacked security headers`).toEqual([])
}

test('fuzz doors: next-auth credentials callback', async ({ baseURL }) => {
  test.setTimeout(240_000)
  const random = mulberry32(1)
  // One genuine CSRF pair, so some requests reach `authorize` (each costs a PBKDF2 run and ≥ 1 s: keep those few).
  const csrf = await fetch(new URL('/api/auth/csrf', baseURL))
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const csrfCookie = (csrf.headers.getSetCookie().find((cookie) => cookie.includes('csrf-token')) ?? '').split(';')[0]!
  const requests: FuzzRequest[] = []
  for (let index = 0; index < PER_DOOR; index++) {
    const reachesAuthorize = index < 24
    const junk = junkHeaders(random, random() < 0.6 ? 'application/x-www-form-urlencoded' : 'application/json')
    const headers = reachesAuthorize
      ? { 'content-type': 'application/x-www-form-urlencoded', cookie: `${csrfCookie}${random() < 0.5 ? `; ${pick(random, JUNK_COOKIES)}` : ''}` }
      : junk
    const fields = ['email', 'password', 'callbackUrl', 'json', 'redirect']
    const body =
      reachesAuthorize || headers['content-type']?.includes('form')
        ? formBody(random, fields, { csrfToken: reachesAuthorize ? csrfToken : String(random()) })
        : jsonBody(random, ['csrfToken', ...fields])
    const method = reachesAuthorize || random() < 0.8 ? 'POST' : pick(random, METHODS)
    requests.push({ method, path: `/api/auth/callback/credentials${junkQuery(random)}`, headers, body })
  }
  report('credentials callback', await sendAll(baseURL!, requests, 8))
})

test('fuzz doors: every next-auth route', async ({ baseURL }) => {
  test.setTimeout(240_000)
  const random = mulberry32(2)
  const routes = [
    ['signin'],
    ['signin', 'credentials'],
    ['signin', 'oidc'],
    ['signin', 'nope'],
    ['signout'],
    ['session'],
    ['csrf'],
    ['providers'],
    ['callback', 'oidc'],
    ['callback', 'nope'],
    ['error'],
    ['verify-request'],
    ['_log'],
    ['nope'],
    ['signin', 'credentials', 'extra'],
  ]
  const requests: FuzzRequest[] = []
  for (let index = 0; index < PER_DOOR; index++) {
    const json = random() < 0.5
    const headers = junkHeaders(random, json ? 'application/json' : 'application/x-www-form-urlencoded')
    const fields = ['csrfToken', 'callbackUrl', 'json', 'code', 'level', 'data']
    requests.push({
      method: random() < 0.7 ? pick(random, ['GET', 'POST']) : pick(random, METHODS),
      path: `${mangledPath(random, ['api', 'auth', ...pick(random, routes)])}${junkQuery(random)}`,
      headers,
      body: json ? jsonBody(random, fields) : formBody(random, fields),
    })
  }
  report('/api/auth/*', await sendAll(baseURL!, requests, 8))
})

test('fuzz doors: Payload REST login', async ({ baseURL }) => {
  test.setTimeout(240_000)
  const random = mulberry32(3)
  const requests: FuzzRequest[] = []
  for (let index = 0; index < PER_DOOR; index++) {
    const json = random() < 0.8
    requests.push({
      method: random() < 0.85 ? 'POST' : pick(random, METHODS),
      path: `${random() < 0.15 ? mangledPath(random, ['api', 'users', 'login']) : '/api/users/login'}${junkQuery(random)}`,
      headers: junkHeaders(random, json ? 'application/json' : 'application/x-www-form-urlencoded'),
      body: json ? jsonBody(random, ['email', 'password', 'username']) : formBody(random, ['email', 'password']),
    })
  }
  report('/api/users/login', await sendAll(baseURL!, requests, 8))
})

test('fuzz doors: patient pages', async ({ baseURL }) => {
  test.setTimeout(240_000)
  const random = mulberry32(4)
  const requests: FuzzRequest[] = []
  for (let index = 0; index < PER_DOOR; index++) {
    const token = random() < 0.6 ? pick(random, BAD_SEGMENTS) : 'A'.repeat(Math.floor(random() * 60))
    const json = random() < 0.3
    requests.push({
      method: random() < 0.75 ? pick(random, ['GET', 'POST']) : pick(random, METHODS),
      path: `${mangledPath(random, ['p', token, ...(random() < 0.4 ? ['pdf'] : [])])}${junkQuery(random)}`,
      headers: junkHeaders(random, json ? 'application/json' : 'application/x-www-form-urlencoded'),
      body: json ? jsonBody(random, ['answer']) : formBody(random, ['answer']),
    })
  }
  report('/p/*', await sendAll(baseURL!, requests, 8))
})

test('fuzz doors: Payload REST collections', async ({ baseURL }) => {
  test.setTimeout(240_000)
  const random = mulberry32(5)
  const requests: FuzzRequest[] = []
  for (let index = 0; index < PER_DOOR; index++) {
    const collection = pick(random, COLLECTIONS)
    const tail = pick(random, [
      [],
      ['1'],
      [pick(random, BAD_SEGMENTS)],
      ['distinct'],
      ['count'],
      ['versions'],
      ['file', pick(random, ['missing.png', '%zz', '..%2F..%2Fetc%2Fpasswd', 'x'])],
      ['1', pick(random, BAD_SEGMENTS)],
    ])
    const json = random() < 0.8
    requests.push({
      method: random() < 0.6 ? pick(random, ['GET', 'POST']) : pick(random, METHODS),
      path: `${mangledPath(random, ['api', collection, ...tail])}${junkQuery(random)}`,
      headers: junkHeaders(random, json ? 'application/json' : 'application/x-www-form-urlencoded'),
      body: json ? jsonBody(random, ['title', 'name', 'email', 'password', 'patientName', 'alt']) : formBody(random, ['title', '_payload']),
    })
  }
  report('Payload REST collections', await sendAll(baseURL!, requests, 8))
})
