import { type APIRequestContext, expect, test } from '@playwright/test'

/**
 * A bounded, reproducible set of malformed inputs against what anyone can
 * reach without an account: the patient link paths, the sign-in page and
 * next-auth's credentials endpoint, the session status route and the public
 * REST query parameters. Nothing may answer 500 or show a stack trace.
 */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

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
  }
})

test('fuzz: the sign-in page and next-auth credentials callback never fail or leak internals', async ({ request }) => {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  for (const input of inputs) {
    await expectCalm(await request.get(`/sign-in?callbackUrl=${encodeURIComponent(input)}&error=${encodeURIComponent(input)}&reason=${encodeURIComponent(input)}`, { maxRedirects: 0 }), `sign-in ${input.slice(0, 20)}`)
    const response = await request.post('/api/auth/callback/credentials', { form: { csrfToken, email: input, password: input, json: 'true' }, maxRedirects: 0 })
    await expectCalm(response, `credentials ${input.slice(0, 20)}`)
  }
  // Wrong or missing CSRF token, and a body that is not a form.
  await expectCalm(await request.post('/api/auth/callback/credentials', { form: { csrfToken: 'forged', email: 'a@b.c', password: 'x' }, maxRedirects: 0 }), 'forged csrf')
  await expectCalm(await request.post('/api/auth/callback/credentials', { data: '{"email":', headers: { 'content-type': 'application/json' }, maxRedirects: 0 }), 'broken json')
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
