import crypto from 'node:crypto'

import { type APIRequestContext, type BrowserContext, expect, type Page, type PlaywrightWorkerArgs, test } from '@playwright/test'
import sharp from 'sharp'

import { demoClinician } from './fixtures'
import { startTwoInstances, stopStartedInstances, type TwoInstances } from './severalInstances'
import { paragraphsToRichText } from '../lib/content/lexical'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

/**
 * A clinic group runs Careleaf as two (or more) app instances behind a load
 * balancer, on one PostgreSQL. Whatever one instance writes or decides (a
 * handout, a revocation, a lockout, a rate-limit count, the clinic's details)
 * holds on the other at the next request; and a database restart gives
 * patients and staff a clear 503 meanwhile, not a crash or a hang.
 */
const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!
const OUTAGE_ANSWER_MS = 10_000

test.describe.configure({ mode: 'serial' })

let cluster: TwoInstances
let workspace: BrowserContext
let clinicianPage: Page
let asAdmin: Record<string, string>
let asClinician: Record<string, string>
let handoutId: number
let clinicianId: number
let topicId: number
const links: { plain?: string; revoked?: string; accessCode?: { token: string; code: string } } = {}

/** A patient (or an attacker) at one address, as the load balancer reports it in X-Forwarded-For. */
async function client(playwright: PlaywrightWorkerArgs['playwright'], address: string): Promise<APIRequestContext> {
  return playwright.request.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': address } })
}

function randomAddress(): string {
  const bytes = crypto.randomBytes(2)
  return `198.51.${bytes[0]}.${bytes[1]! || 1}`
}

async function restLogin(request: APIRequestContext, baseUrl: string, account: { email: string; password: string }) {
  const response = await request.post(`${baseUrl}/api/users/login`, { data: { email: account.email, password: account.password } })
  expect(response.status()).toBe(200)
  const { token, user } = (await response.json()) as { token: string; user: { id: number } }
  return { headers: { Authorization: `JWT ${token}` }, userId: user.id }
}

async function createShareLink(baseUrl: string, { accessCode }: { accessCode: boolean }): Promise<{ token: string; code: string | null }> {
  await clinicianPage.goto(`${baseUrl}/handouts/${handoutId}`)
  // New links start with the clinic's default check (an access code); choose explicitly either way.
  await clinicianPage.getByRole('radio', accessCode ? { name: /6-digit access code/ } : { name: 'None' }).check()
  await clinicianPage.getByRole('button', { name: 'Create share link' }).click()
  const url = await clinicianPage.getByLabel('Patient link').inputValue()
  const code = accessCode ? (await clinicianPage.getByTestId('access-code').textContent())!.trim() : null
  return { token: url.split('/p/')[1]!, code }
}

async function createHandout(request: APIRequestContext, baseUrl: string, { title, patientName }: { title: string; patientName: string }): Promise<number> {
  const created = await request.post(`${baseUrl}/api/handouts`, {
    headers: asAdmin,
    data: {
      title,
      patientName,
      clinician: clinicianId,
      sections: [
        {
          topic: topicId,
          topicTitle: 'Upper back pain',
          sectionId: 'instances',
          heading: 'Sleep on your side',
          body: paragraphsToRichText(['Use a firm pillow.']),
        },
      ],
    },
  })
  expect(created.status()).toBe(201)
  return ((await created.json()) as { doc: { id: number } }).doc.id
}

test.beforeAll(async ({ browser, playwright }) => {
  test.setTimeout(240_000)
  cluster = await startTwoInstances()
  const { a } = cluster
  const setup = await playwright.request.newContext()
  asAdmin = (await restLogin(setup, a.baseUrl, admin)).headers
  const clinician = await restLogin(setup, a.baseUrl, demoClinician)
  asClinician = clinician.headers
  clinicianId = clinician.userId
  const { docs: topics } = (await (
    await setup.get(`${a.baseUrl}/api/topics?where[slug][equals]=upper-back-pain-during-sleep`, { headers: asAdmin })
  ).json()) as {
    docs: { id: number }[]
  }
  topicId = topics[0]!.id
  // The handout is written through A.
  handoutId = await createHandout(setup, a.baseUrl, { title: 'Two-instance handout', patientName: 'Robin Vale' })
  await setup.dispose()

  // The clinician's browser: one session cookie, valid on both instances (same secret, as behind a load balancer).
  workspace = await browser.newContext()
  const { csrfToken } = (await (await workspace.request.get(`${a.baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string }
  await workspace.request.post(`${a.baseUrl}/api/auth/callback/credentials`, {
    form: { csrfToken, email: demoClinician.email, password: demoClinician.password, json: 'true' },
  })
  clinicianPage = await workspace.newPage()
  links.plain = (await createShareLink(a.baseUrl, { accessCode: false })).token
  links.revoked = (await createShareLink(a.baseUrl, { accessCode: false })).token
  const withCode = await createShareLink(a.baseUrl, { accessCode: true })
  links.accessCode = { token: withCode.token, code: withCode.code! }
})

test.afterAll(async () => {
  await workspace?.close()
  // Not cluster.stop(): start-up may have been cut short before the cluster existed.
  await stopStartedInstances()
})

test('instances: a handout made on A opens on B, for the clinician and the patient, and its PDF downloads on B', async ({ playwright }) => {
  const { b } = cluster
  await clinicianPage.goto(`${b.baseUrl}/handouts/${handoutId}`)
  await expect(clinicianPage.getByRole('heading', { name: 'Two-instance handout' })).toBeVisible()
  const printout = await clinicianPage.request.get(`${b.baseUrl}/handouts/${handoutId}/pdf`)
  expect(printout.status()).toBe(200)
  expect(printout.headers()['content-type']).toBe('application/pdf')
  expect((await printout.body()).subarray(0, 5).toString()).toBe('%PDF-')

  const patient = await client(playwright, randomAddress())
  const page = await patient.get(`${b.baseUrl}/p/${links.plain}`)
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain('Sleep on your side')
  const pdf = await patient.get(`${b.baseUrl}/p/${links.plain}/pdf`)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  await patient.dispose()
})

test('instances: a link revoked on A answers 410 on B at the next request', async ({ playwright }) => {
  const { a, b } = cluster
  const patient = await client(playwright, randomAddress())
  expect((await patient.get(`${b.baseUrl}/p/${links.revoked}`)).status()).toBe(200)
  const tokenId = crypto.createHash('sha256').update(links.revoked!).digest('hex').slice(0, 10)
  const { docs } = (await (
    await patient.get(`${a.baseUrl}/api/share-links?where[handout][equals]=${handoutId}&limit=10`, { headers: asClinician })
  ).json()) as {
    docs: { id: number; tokenId: string }[]
  }
  const link = docs.find((candidate) => candidate.tokenId === tokenId)
  expect(link, 'the link, found by its token id').toBeTruthy()
  const revoked = await patient.patch(`${a.baseUrl}/api/share-links/${link!.id}`, { headers: asClinician, data: { revokedAt: new Date().toISOString() } })
  expect(revoked.status()).toBe(200)
  expect((await patient.get(`${b.baseUrl}/p/${links.revoked}`)).status()).toBe(410)
  expect((await patient.get(`${b.baseUrl}/p/${links.revoked}/pdf`)).status()).toBe(410)
  await patient.dispose()
})

test('instances: access-code lockouts, staff sign-in lockouts and the patient-link rate limit count across both', async ({ playwright }) => {
  const { a, b, shareRateLimit } = cluster
  // Patient link: 5 wrong answers, spread over both instances, pause the link on both; even the right code then waits.
  const guesser = await client(playwright, randomAddress())
  const answer = (instance: typeof a, code: string) =>
    guesser.post(`${instance.baseUrl}/p/${links.accessCode!.token}`, { form: { answer: code }, maxRedirects: 0 })
  const wrong = links.accessCode!.code === '000000' ? '111111' : '000000'
  for (const instance of [a, b, a, b]) expect((await answer(instance, wrong)).status()).toBe(403)
  expect((await answer(b, wrong)).status()).toBe(423)
  expect((await answer(a, links.accessCode!.code)).status()).toBe(423)
  expect((await answer(b, links.accessCode!.code)).status()).toBe(423)
  await guesser.dispose()

  // Staff sign-in: 5 failures over both instances lock the account on both.
  const setup = await playwright.request.newContext()
  const password = `two instances ${crypto.randomBytes(6).toString('hex')}`
  const email = `instances-${crypto.randomBytes(4).toString('hex')}@e2e.careleaf.local`
  expect(
    (await setup.post(`${a.baseUrl}/api/users`, { headers: asAdmin, data: { email, password, name: 'Two Instances', roles: ['clinician'] } })).status(),
  ).toBe(201)
  await setup.dispose()
  const signIn = async (instance: typeof a, attempt: string) => {
    const context = await playwright.request.newContext()
    const { csrfToken } = (await (await context.get(`${instance.baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string }
    const response = await context.post(`${instance.baseUrl}/api/auth/callback/credentials`, { form: { csrfToken, email, password: attempt, json: 'true' } })
    const signedIn = response.headersArray().some((header) => header.name.toLowerCase() === 'set-cookie' && header.value.startsWith('next-auth.session-token='))
    await context.dispose()
    return signedIn
  }
  for (const instance of [a, b, a, b, a]) expect(await signIn(instance, 'a wrong but long password')).toBe(false)
  expect(await signIn(b, password)).toBe(false)
  expect(await signIn(a, password)).toBe(false)

  // Patient-link rate limit: one client's requests, alternating between instances, share one budget.
  const crawler = await client(playwright, randomAddress())
  const unknownToken = crypto.randomBytes(32).toString('base64url')
  const statuses: number[] = []
  for (let request = 0; request < shareRateLimit; request += 1) statuses.push((await crawler.get(`${[a, b][request % 2]!.baseUrl}/p/${unknownToken}`)).status())
  expect(statuses.every((status) => status === 404)).toBe(true)
  expect((await crawler.get(`${a.baseUrl}/p/${unknownToken}`)).status()).toBe(429)
  expect((await crawler.get(`${b.baseUrl}/p/${unknownToken}`)).status()).toBe(429)
  await crawler.dispose()
})

test("instances: an admin's clinic edit on A (name, phone, logo) shows on B within 1 s", async ({ playwright }) => {
  const { a, b } = cluster
  const patient = await client(playwright, randomAddress())
  const revokedPage = () => patient.get(`${b.baseUrl}/p/${links.revoked}`).then((response) => response.text())
  // B has read (and cached) the clinic before the edit.
  expect(await revokedPage()).toContain('Careleaf Demo Clinic')

  const png = await sharp({ create: { width: 480, height: 160, channels: 3, background: '#1d4ed8' } })
    .png()
    .toBuffer()
  const logo = await patient.post(`${a.baseUrl}/api/media`, {
    headers: asAdmin,
    multipart: { file: { name: 'riverside-logo.png', mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ alt: 'Riverside logo' }) },
  })
  expect(logo.status()).toBe(201)
  const name = `Riverside Clinic ${crypto.randomBytes(3).toString('hex')}`
  const phone = '+1 555 0142'
  const edited = await patient.post(`${a.baseUrl}/api/globals/clinic`, {
    headers: asAdmin,
    data: { name, phone, logo: ((await logo.json()) as { doc: { id: number } }).doc.id },
  })
  expect(edited.status()).toBe(200)
  const savedAt = Date.now()

  await expect.poll(revokedPage, { timeout: 1_000, intervals: [50] }).toContain(name)
  expect(Date.now() - savedAt).toBeLessThan(1_000)
  const page = await revokedPage()
  expect(page).toContain(phone)
  const logoSrc = /<img class="patient-header__logo" src="([^"]+)"/.exec(page)?.[1]
  expect(logoSrc).toMatch(/riverside-logo/)
  const image = await patient.get(`${b.baseUrl}${logoSrc}`)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')
  // The clinician's workspace on B too.
  await clinicianPage.goto(`${b.baseUrl}/library`)
  await expect(clinicianPage.getByRole('banner').getByRole('img', { name })).toBeVisible()
  await patient.dispose()
})

test('instances: a database restart under load gives 503 pages (clinic phone kept, no detail) within 10 s, then recovers with nothing lost', async ({
  playwright,
}) => {
  test.setTimeout(120_000)
  const { a, b, database } = cluster
  const patient = await client(playwright, randomAddress())
  const clinic = (await (await patient.get(`${a.baseUrl}/api/globals/clinic`, { headers: asAdmin })).json()) as { name: string; phone: string }
  // Written just before the restart: it must still be there after.
  const writtenId = await createHandout(patient, a.baseUrl, { title: 'Written before the restart', patientName: 'Kit Marsh' })
  // Each instance has served this patient link (and read the clinic) before the outage.
  for (const instance of [a, b]) expect((await patient.get(`${instance.baseUrl}/p/${links.plain}`)).status()).toBe(200)

  // Load: patients and the REST API, on both instances, all through the restart.
  const timings: Array<{ status: number; ms: number }> = []
  let loading = true
  const load = async (url: string, headers: Record<string, string> = {}) => {
    const loader = await client(playwright, randomAddress())
    while (loading) {
      const started = Date.now()
      const status = await loader
        .get(url, { headers, timeout: OUTAGE_ANSWER_MS, maxRedirects: 0 })
        .then((response) => response.status())
        .catch(() => 0)
      timings.push({ status, ms: Date.now() - started })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await loader.dispose()
  }
  const loaders = [load(`${b.baseUrl}/p/${links.plain}`), load(`${a.baseUrl}/api/handouts/${handoutId}`, asClinician)]

  await database.stopServer()
  const timed = async <T>(what: string, request: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    const result = await request()
    expect(Date.now() - started, `${what} answered within 10 s`).toBeLessThan(OUTAGE_ANSWER_MS)
    return result
  }
  for (const instance of [a, b]) {
    const page = await timed('patient page', () => patient.get(`${instance.baseUrl}/p/${links.plain}`, { timeout: OUTAGE_ANSWER_MS }))
    expect(page.status()).toBe(503)
    expect(page.headers()['retry-after']).toBeTruthy()
    const text = await page.text()
    expect(text).toContain('cannot be shown just now')
    expect(text).toContain(clinic.phone)
    expect(text).not.toMatch(/ECONN|postgres|5432|stack|Error:/i)
    const pdf = await timed('patient PDF', () => patient.get(`${instance.baseUrl}/p/${links.plain}/pdf`, { timeout: OUTAGE_ANSWER_MS }))
    expect(pdf.status()).toBe(503)
    const api = await timed('REST API', () => patient.get(`${instance.baseUrl}/api/handouts/${handoutId}`, { headers: asClinician, timeout: OUTAGE_ANSWER_MS }))
    expect(api.status()).toBe(503)
    expect(JSON.stringify(await api.json())).not.toMatch(/ECONN|postgres|5432/i)
    const library = await timed('library', () => clinicianPage.goto(`${instance.baseUrl}/library`, { timeout: OUTAGE_ANSWER_MS }))
    expect(library!.status()).toBe(503)
    await expect(clinicianPage.getByRole('heading', { name: 'Careleaf is briefly unavailable' })).toBeVisible()
    // The orchestrator hears the truth: alive, not ready.
    expect((await patient.get(`${instance.baseUrl}/api/health/live`)).status()).toBe(200)
    expect((await patient.get(`${instance.baseUrl}/api/health/ready`)).status()).toBe(503)
  }

  await database.startServer()
  // Recovery needs no one: both instances serve again on their own.
  for (const instance of [a, b]) {
    await expect.poll(async () => (await patient.get(`${instance.baseUrl}/p/${links.plain}`)).status(), { timeout: 20_000 }).toBe(200)
    await expect.poll(async () => (await clinicianPage.goto(`${instance.baseUrl}/library`))!.status(), { timeout: 20_000 }).toBe(200)
  }
  loading = false
  await Promise.all(loaders)

  for (const instance of [a, b]) expect(instance.server.exitCode, `instance ${instance.name} still running`).toBeNull()
  const after = await patient.get(`${b.baseUrl}/api/handouts/${writtenId}`, { headers: asAdmin })
  expect(after.status()).toBe(200)
  expect(((await after.json()) as { title: string }).title).toBe('Written before the restart')
  expect(((await (await patient.get(`${b.baseUrl}/api/globals/clinic`)).json()) as { name: string }).name).toBe(clinic.name)

  // Under load: every request was answered (none hung past 10 s), and each with the page or a 503, never a 500.
  expect(timings.length).toBeGreaterThan(10)
  expect(timings.filter((timing) => timing.status === 0 || timing.ms >= OUTAGE_ANSWER_MS)).toEqual([])
  expect([...new Set(timings.map((timing) => timing.status))].sort()).toEqual(expect.arrayContaining([200, 503]))
  expect(timings.filter((timing) => timing.status >= 500 && timing.status !== 503)).toEqual([])
  for (const instance of [a, b]) expect(instance.output()).not.toMatch(/Robin Vale|Kit Marsh/)
  await patient.dispose()
})
