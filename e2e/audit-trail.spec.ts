import crypto from 'node:crypto'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'
import { rememberSecret } from './secretsLedger'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!

async function adminApi(request: APIRequestContext): Promise<Record<string, string>> {
  const { token } = (await (await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })).json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.trim().split('\r\n')
  const columns = header!.split(',')
  return rows.filter(Boolean).map((row) => Object.fromEntries(row.split(',').map((value, index) => [columns[index]!, value])))
}

test('audit: every step of the clinician journey leaves exactly the expected audit rows, exported as CSV by an admin', async ({ page, request, browser }) => {
  const headers = await adminApi(request)
  const password = `journey passphrase ${crypto.randomBytes(4).toString('hex')}`
  rememberSecret(password)
  const email = `audit-${crypto.randomBytes(4).toString('hex')}@e2e.careleaf.local`
  const created = await request.post('/api/users', { headers, data: { email, password, name: 'Dr Audit', roles: ['clinician'] } })
  expect(created.status()).toBe(201)
  const clinicianId = ((await created.json()) as { doc: { id: number } }).doc.id

  // The journey: sign in, make a handout, download it, share it, the patient opens it and its PDF, revoke, sign out.
  await page.goto('/library/upper-back-pain-during-sleep')
  await signInThroughForm(page, { email, password })
  await page.getByRole('checkbox', { name: 'Why your upper back hurts at night' }).check()
  await page.getByLabel('Patient name').fill('Audit Patient')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  const handoutId = Number(new URL(page.url()).pathname.split('/').pop())
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download PDF' }).click()
  await (await download).path()
  await page.getByRole('radio', { name: 'None' }).check()
  await page.getByRole('button', { name: 'Create share link' }).click()
  const shareUrl = await page.getByLabel('Patient link').inputValue()
  rememberSecret(new URL(shareUrl).pathname.slice(3))

  // The patient opens the link in a fresh browser (no cookies), then its PDF: one open, one download, one row each.
  const patientContext = await browser.newContext()
  const patient = await patientContext.newPage()
  expect((await patient.goto(shareUrl))?.status()).toBe(200)
  await expect(patient.getByText('Prepared for Audit Patient')).toBeVisible()
  expect((await patient.request.get(`${shareUrl}/pdf`)).headers()['content-type']).toBe('application/pdf')
  await patientContext.close()

  await page.getByText(/^Revoke… link/).click()
  await page.getByRole('button', { name: /^Revoke link/ }).click()
  await expect(page.getByRole('cell', { name: 'Revoked' })).toBeVisible()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/)

  // What the clinician did, in order…
  const byActor = await request.get(`/api/audit-events/export.csv?actor=${clinicianId}`, { headers })
  expect(byActor.status()).toBe(200)
  expect(byActor.headers()['content-type']).toContain('text/csv')
  const actorRows = parseCsv(await byActor.text())
  expect(actorRows.map((row) => row.action)).toEqual(['auth.signin', 'handout.create', 'handout.pdf', 'share.create', 'share.revoke', 'auth.signout'])
  // …and everything that touched the patient's handout, the patient's visits included.
  const byHandout = parseCsv(await (await request.get(`/api/audit-events/export.csv?handout=${handoutId}`, { headers })).text())
  expect(byHandout.map((row) => `${row.action}:${row.actorId || 'patient'}`)).toEqual([
    `handout.create:${clinicianId}`,
    `handout.pdf:${clinicianId}`,
    `share.create:${clinicianId}`,
    'share.open:patient',
    'share.pdf:patient',
    `share.revoke:${clinicianId}`,
  ])
  // The clinician by id and sign-in email, as the admin list shows them; never a name or patient data.
  expect(byHandout.filter((row) => row.actorId === String(clinicianId)).map((row) => row.actorEmail)).toEqual(Array(4).fill(email))
  const csv = await (await request.get(`/api/audit-events/export.csv?handout=${handoutId}`, { headers })).text()
  expect(csv).not.toContain('Audit Patient')
  expect(csv).not.toContain('Dr Audit')
  // The export itself is audited.
  const exports = parseCsv(await (await request.get('/api/audit-events/export.csv?action=audit.export', { headers })).text())
  expect(exports.length).toBeGreaterThanOrEqual(3)
})

test('audit: only admins may export, and a bad filter gets a clear 400', async ({ request, playwright, baseURL }) => {
  const editorContext = await playwright.request.newContext({ baseURL })
  const editor = DEMO_ACCOUNTS.find((account) => account.roles.includes('editor'))!
  const { token } = (await (await editorContext.post('/api/users/login', { data: { email: editor.email, password: editor.password } })).json()) as {
    token: string
  }
  expect((await editorContext.get('/api/audit-events/export.csv', { headers: { Authorization: `JWT ${token}` } })).status()).toBe(403)
  await editorContext.dispose()
  const headers = await adminApi(request)
  const bad = await request.get('/api/audit-events/export.csv?from=yesterday', { headers })
  expect(bad.status()).toBe(400)
  expect(await bad.json()).toEqual({ error: 'Invalid filter: from.' })
})

test('audit: the admin list has the export link and filters', async ({ page }) => {
  await page.goto('/admin/collections/audit-events')
  await page.getByLabel('Email').fill(admin.email)
  await page.getByLabel('Password').fill(admin.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL(/\/admin\/collections\/audit-events/)
  await expect(page.getByRole('link', { name: 'Export CSV (current filters)' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Filters/ })).toBeVisible()
})
