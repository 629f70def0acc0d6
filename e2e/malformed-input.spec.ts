import { expect, test } from '@playwright/test'

import { demoClinician } from './fixtures'
import { rememberSecret } from './secretsLedger'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

/**
 * The named cases of malformed input that used to end in a 5xx, a leak of
 * database text, or patient data in the server log. Each must now get its
 * proper 4xx with the usual security headers. Plain HTTP (no cookie jar), so
 * each request carries exactly the cookies written here.
 */
const demoEditor = DEMO_ACCOUNTS.find((account) => account.roles.includes('editor'))!

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('x-frame-options')).toBe('DENY')
}

async function send(baseURL: string | undefined, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(new URL(path, baseURL), { redirect: 'manual', ...init })
}

async function restToken(baseURL: string | undefined, account: { email: string; password: string }): Promise<{ token: string; userId: number }> {
  const response = await send(baseURL, '/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { token: string; user: { id: number } }
  return { token: body.token, userId: body.user.id }
}

async function csrfPair(baseURL: string | undefined): Promise<{ csrfToken: string; cookie: string }> {
  const response = await send(baseURL, '/api/auth/csrf')
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  return { csrfToken, cookie: (response.headers.getSetCookie().find((cookie) => cookie.includes('csrf-token')) ?? '').split(';')[0]! }
}

test('malformed input: a word in the id place and the REST-less migrations collection are 404, not 500 or 501', async ({ baseURL }) => {
  for (const path of ['/api/topics/distinct', '/api/handouts/distinct?where[x][equals]=1', '/api/payload-migrations', '/api/payload-migrations/1']) {
    const response = await send(baseURL, path)
    expect(response.status, path).toBe(404)
    expectSecurityHeaders(response)
  }
  const patch = await send(baseURL, '/api/topics/count', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' })
  expect(patch.status).toBe(404)
})

test('malformed input: a badly percent-encoded patient link is a 400 with the patient page headers', async ({ baseURL }) => {
  for (const path of ['/p/%C0%AF', '/p/%', '/p/%zz/pdf', '/p/%ED%A0%80', '/p/abc%E0%A4%A']) {
    for (const method of ['GET', 'POST']) {
      const response = await send(baseURL, path, {
        method,
        ...(method === 'POST' ? { body: 'answer=1980', headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
      })
      expect(response.status, `${method} ${path}`).toBe(400)
      expectSecurityHeaders(response)
      // same-origin, not no-referrer: under no-referrer browsers send `Origin: null` on the access form (lib/share/patientResponseHeaders.ts).
      expect(response.headers.get('referrer-policy')).toBe('same-origin')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
  }
  // Elsewhere too, with the site's headers.
  for (const path of ['/api/topics/%C0%AF', '/api/auth/%', '/library/%zz', '/handouts/%ED%A0%80']) {
    const response = await send(baseURL, path)
    expect(response.status, path).toBe(400)
    expectSecurityHeaders(response)
  }
})

test('malformed input: a form posted to a well-formed patient link still has its body checked before the route', async ({ baseURL }) => {
  // The proxy skips body-less requests for /p/<token> (proxy.ts matcher); a body, however it is framed, still comes through it.
  const token = 'A'.repeat(43)
  const form = { 'content-type': 'application/x-www-form-urlencoded' }
  const chunked = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text))
        controller.close()
      },
    })
  for (const path of [`/p/${token}`, `/p/${token}/answers`]) {
    const withLength = await send(baseURL, path, { method: 'POST', headers: form, body: 'answer=%00' })
    // Streamed: sent with Transfer-Encoding: chunked, no Content-Length.
    const streamed = await send(baseURL, path, { method: 'POST', headers: form, body: chunked('answer=%00'), duplex: 'half' } as RequestInit)
    for (const response of [withLength, streamed]) {
      expect(response.status, path).toBe(400)
      expectSecurityHeaders(response)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
  }
  const tooLarge = await send(baseURL, `/p/${token}`, { method: 'POST', headers: form, body: `answer=${'1'.repeat(11 * 1024 * 1024)}` })
  expect(tooLarge.status).toBe(413)
  expect(tooLarge.headers.get('cache-control')).toBe('private, no-store')
})

test('malformed input: a callbackUrl next-auth cannot parse is a 400, and such a cookie no longer breaks sign-in', async ({ baseURL }) => {
  const { csrfToken, cookie } = await csrfPair(baseURL)
  const form = { 'content-type': 'application/x-www-form-urlencoded', cookie }
  const inQuery = await send(baseURL, '/api/auth/signin/credentials?callbackUrl=abc', {
    method: 'POST',
    headers: form,
    body: new URLSearchParams({ csrfToken }).toString(),
  })
  expect(inQuery.status).toBe(400)
  expectSecurityHeaders(inQuery)
  const inBody = await send(baseURL, '/api/auth/signin/credentials', {
    method: 'POST',
    headers: form,
    body: new URLSearchParams({ csrfToken, callbackUrl: 'abc' }).toString(),
  })
  expect(inBody.status).toBeLessThan(500)

  // A browser left holding `next-auth.callback-url=abc` signs in all the same, and the cookie is expired.
  const signIn = await send(baseURL, '/api/auth/callback/credentials', {
    method: 'POST',
    headers: { ...form, cookie: `${cookie}; next-auth.callback-url=abc` },
    body: new URLSearchParams({ csrfToken, email: demoClinician.email, password: demoClinician.password, json: 'true' }).toString(),
  })
  expect(signIn.status).toBe(200)
  const setCookies = signIn.headers.getSetCookie()
  expect(setCookies.some((value) => value.startsWith('next-auth.session-token='))).toBe(true)
  expect(setCookies.some((value) => /^next-auth\.callback-url=(abc)?;/.test(value) && /Expires=Thu, 01 Jan 1970|Max-Age=0/i.test(value))).toBe(true)
})

test('malformed input: NUL in a sign-in is refused before the database, and no database text reaches the client', async ({ baseURL }) => {
  const { csrfToken, cookie } = await csrfPair(baseURL)
  for (const body of [
    new URLSearchParams({ csrfToken, email: 'nobody\u0000@careleaf.local', password: 'whatever-password', json: 'true' }).toString(),
    `csrfToken=${csrfToken}&email=nobody%00%40careleaf.local&password=x&json=true`,
  ]) {
    const response = await send(baseURL, '/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body,
    })
    const text = `${response.headers.get('location') ?? ''} ${await response.text()}`
    expect(response.status).toBe(400)
    expect(text).not.toMatch(/Failed query|select|params|users/i)
  }
  for (const body of ['{"email":"nobody\\u0000@careleaf.local","password":"x"}', '"\\u0000"']) {
    const response = await send(baseURL, '/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect(response.status, body).toBe(400)
    expectSecurityHeaders(response)
  }
})

test('malformed input: a handout with NUL in the patient name is a 400, and the patient data stays out of the log', async ({ baseURL }) => {
  const { token, userId } = await restToken(baseURL, demoClinician)
  const topics = (await (await send(baseURL, '/api/topics?limit=1&depth=0', { headers: { authorization: `JWT ${token}` } })).json()) as {
    docs: Array<{ id: number }>
  }
  // Unlikely strings, so the server-log check can look for them (e2e/server-log.spec.ts).
  const patientName = 'Quintessa Marmaduke-Fairweather'
  const instructions = 'Take the violet lozenges at dusk, Quintessa'
  rememberSecret(patientName)
  rememberSecret(instructions)
  const body = JSON.stringify({
    title: 'Upper back pain',
    patientName: `${patientName}\u0000`,
    instructions,
    clinician: userId,
    sections: [{ topic: topics.docs[0]!.id, topicTitle: 'Upper back pain', sectionId: 'intro', heading: 'About', body: { text: instructions } }],
  })
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await send(baseURL, '/api/handouts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body,
    })
    expect(response.status).toBe(400)
    expectSecurityHeaders(response)
  }
})

test('malformed input: control characters sent to any logging path cannot forge a log line', async ({ baseURL }) => {
  const forged = 'x@careleaf.local\nFORGED-LOG-LINE [12:00:00] ERROR: forged\r\u001b[2K'
  const json = { 'content-type': 'application/json' }
  await send(baseURL, '/api/auth/_log', { method: 'POST', headers: json, body: JSON.stringify({ level: 'error', code: forged, message: forged }) })
  await send(baseURL, '/api/auth/_log', { method: 'POST', headers: json, body: JSON.stringify({ level: 'warn', code: forged }) })
  await send(baseURL, '/api/users/login', { method: 'POST', headers: json, body: JSON.stringify({ email: forged, password: 'x' }) })
  await send(baseURL, '/api/users/forgot-password', { method: 'POST', headers: json, body: JSON.stringify({ email: forged }) })
  const { csrfToken, cookie } = await csrfPair(baseURL)
  await send(baseURL, '/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, email: forged, password: 'x', json: 'true' }).toString(),
  })
  // e2e/server-log.spec.ts (run after this file) checks that no line of the server log starts with FORGED-LOG-LINE.
})

test('malformed input: an upload larger than the cap is a 413', async ({ baseURL }) => {
  const { token } = await restToken(baseURL, demoEditor)
  const form = new FormData()
  form.set('_payload', JSON.stringify({ alt: 'Too large' }))
  form.set('file', new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'image/png' }), 'large.png')
  const response = await send(baseURL, '/api/media', { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  expect(response.status).toBe(413)
  expectSecurityHeaders(response)
})
