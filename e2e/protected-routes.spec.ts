import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { demoClinician, signInThroughForm } from './fixtures'
import { grantFor, MATRIX_COLLECTIONS } from '../access/accessMatrix'

/**
 * Every protected route, replayed without a session and with the
 * `x-middleware-subrequest` header that once made Next.js skip middleware
 * (CVE-2025-29927): the answer is always 401/403/404 or a redirect to sign-in,
 * because the pages, actions and APIs check the session themselves.
 */
const SPOOFS: Record<string, string>[] = [
  {},
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
]

const PAGES = [
  '/library',
  '/library/upper-back-pain-during-sleep',
  '/handouts/1',
  '/handouts/1/pdf',
  '/admin',
  '/admin/collections/handouts',
  '/admin/collections/audit-events',
  '/admin/collections/users/1',
  '/admin/account',
]
// Reads the access matrix refuses to anonymous callers; categories and media are public by design, topics show only published versions.
const PROTECTED_READS = MATRIX_COLLECTIONS.filter((slug) => grantFor(slug, 'read', 'anonymous') === 'no')
const API_READS = [
  ...PROTECTED_READS.flatMap((slug) => [`/api/${slug}`, `/api/${slug}/1`]),
  '/api/users/me',
  '/api/audit-events/export.csv',
  '/api/topics?draft=true&where[_status][equals]=draft',
]

function isRefusal(status: number, location: string | undefined): boolean {
  if ([401, 403, 404].includes(status)) return true
  if (status >= 300 && status < 400) return /\/sign-in|\/admin\/login/.test(location ?? '')
  return false
}

async function expectRefused(
  request: APIRequestContext,
  method: 'get' | 'post' | 'patch' | 'delete',
  path: string,
  headers: Record<string, string>,
  data?: unknown,
) {
  const response = await request.fetch(path, { method, headers, data, maxRedirects: 0, failOnStatusCode: false })
  const status = response.status()
  const location = response.headers()['location']
  const body = status < 300 ? await response.text() : ''
  // Payload answers an anonymous find on a "published only" collection with 200 and no drafts.
  if (status === 200 && path.startsWith('/api/topics')) {
    expect(JSON.parse(body).totalDocs, `${method} ${path}`).toBe(0)
    return
  }
  if (status === 200 && path === '/api/users/me') {
    expect(JSON.parse(body).user, `${method} ${path}`).toBeNull()
    return
  }
  expect(isRefusal(status, location), `${method.toUpperCase()} ${path} ${JSON.stringify(headers)} → ${status} ${location ?? ''}`).toBe(true)
}

test('security: every protected page and API refuses a visitor without a session, spoofed proxy header or not', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL })
  for (const headers of SPOOFS) {
    for (const path of PAGES) await expectRefused(request, 'get', path, headers)
    for (const path of API_READS) await expectRefused(request, 'get', path, headers)
    for (const slug of MATRIX_COLLECTIONS) {
      await expectRefused(request, 'post', `/api/${slug}`, headers, {
        title: 'x',
        summary: 'x',
        mainMessage: 'Rest, move gently and call if it gets worse.',
        name: 'x',
        email: 'x@example.com',
        password: 'long enough password',
        action: 'auth.fail',
      })
      await expectRefused(request, 'patch', `/api/${slug}/1`, headers, { name: 'x', title: 'x' })
      await expectRefused(request, 'delete', `/api/${slug}/1`, headers)
    }
  }
  // GraphQL is off: one less surface.
  expect((await request.post('/api/graphql', { data: { query: '{ __typename }' }, failOnStatusCode: false })).status()).toBe(404)
  await request.dispose()
})

/** Records the server action requests a signed-in clinician's browser makes, to replay them without the session. */
async function captureServerAction(page: Page, trigger: () => Promise<void>) {
  const request = page.waitForRequest((candidate) => candidate.method() === 'POST' && Boolean(candidate.headers()['next-action']))
  await trigger()
  const captured = await request
  return { url: captured.url(), headers: captured.headers(), body: captured.postData() ?? '' }
}

test('security: server actions replayed without a session (spoofed header or not) change nothing', async ({ page, playwright, baseURL }) => {
  await page.goto('/library/upper-back-pain-during-sleep')
  await signInThroughForm(page, demoClinician)
  await page.getByRole('checkbox', { name: 'Why your upper back hurts at night' }).check()
  await page.getByLabel('Patient name').fill('Replay Patient')
  const createHandout = await captureServerAction(page, () => page.getByRole('button', { name: 'Create handout' }).click())
  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  const createShare = await captureServerAction(page, () => page.getByRole('button', { name: 'Create share link' }).click())
  await expect(page.getByLabel('Patient link')).toBeVisible()
  // Wait for the links table to show the new link (it refreshes after the action) before counting.
  await expect(page.getByText(/^Revoke… link/)).toHaveCount(1)
  const linksBefore = await page.getByText(/^Revoke… link/).count()

  const anonymous = await playwright.request.newContext({ baseURL })
  for (const spoof of SPOOFS) {
    for (const action of [createHandout, createShare]) {
      const headers = { ...action.headers, ...spoof }
      delete headers.cookie
      const response = await anonymous.post(action.url, { headers, data: action.body, maxRedirects: 0, failOnStatusCode: false })
      const text = await response.text()
      expect(response.status(), `${action.url} ${JSON.stringify(spoof)}`).toBeLessThan(500)
      // No share link handed out, no handout page reached.
      expect(text).not.toMatch(/\/p\/[A-Za-z0-9_-]{43}/)
      expect(response.headers()['x-action-redirect'] ?? '').not.toMatch(/\/handouts\/\d+/)
    }
  }
  await anonymous.dispose()

  // CSRF: the same action with the clinician's own cookie but sent from another site is refused by Next.js.
  const crossSite = await page.request.post(createShare.url, {
    headers: { ...createShare.headers, origin: 'https://evil.example', host: new URL(createShare.url).host },
    data: createShare.body,
    maxRedirects: 0,
    failOnStatusCode: false,
  })
  expect(crossSite.status()).toBeGreaterThanOrEqual(400)
  expect(await crossSite.text()).not.toMatch(/\/p\/[A-Za-z0-9_-]{43}/)
  // …and so is the custom keep-alive route handler.
  expect((await page.request.post('/api/session', { headers: { origin: 'https://evil.example' }, failOnStatusCode: false })).status()).toBe(403)
  expect((await page.request.post('/api/session', { headers: { origin: new URL(createShare.url).origin } })).status()).toBe(200)

  await page.reload()
  expect(await page.getByText(/^Revoke… link/).count()).toBe(linksBefore)
})
