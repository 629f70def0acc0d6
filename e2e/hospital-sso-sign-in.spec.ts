import fs from 'node:fs'
import path from 'node:path'

import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { TEST_IDP_ACCOUNTS, type TestIdentityProviderAccount } from './testIdentityProviderAccounts'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

/**
 * Hospital single sign-on against a real OpenID provider (oidc-provider on
 * 127.0.0.1, started with the e2e server: scripts/e2e-server.ts), through its
 * own login form: authorization code + PKCE + state + nonce, end to end.
 */

const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!

async function signInAtIdentityProvider(page: Page, account: TestIdentityProviderAccount): Promise<void> {
  // The IdP's development form imports a web font; there is no internet here and the test IdP is not under test.
  await page.route('https://fonts.googleapis.com/**', (route) => route.abort())
  await page.getByRole('button', { name: 'Sign in with Hospital SSO' }).click()
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//)
  await page.getByPlaceholder('Enter any login').fill(account.login)
  await page.getByPlaceholder('and password').fill('any password: the test IdP checks none')
  await page.getByRole('button', { name: 'Sign-in' }).click()
}

async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const { token } = (await (await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })).json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** Audit rows written since `from`, as the admin's CSV export returns them. */
async function auditRowsSince(request: APIRequestContext, from: string, filter: string): Promise<Record<string, string>[]> {
  const response = await request.get(`/api/audit-events/export.csv?from=${encodeURIComponent(from)}&${filter}`, { headers: await adminHeaders(request) })
  expect(response.status()).toBe(200)
  const [header, ...rows] = (await response.text()).trim().split('\r\n')
  const columns = header!.split(',')
  return rows.filter(Boolean).map((row) => Object.fromEntries(row.split(',').map((value, index) => [columns[index]!, value])))
}

async function signedInUser(page: Page): Promise<{ id: number; email: string; roles: string[] } | null> {
  return ((await (await page.request.get('/api/users/me')).json()) as { user: { id: number; email: string; roles: string[] } | null }).user
}

async function enableJustInTimeProvisioning(browser: Browser): Promise<void> {
  // As an admin would: in the admin, signed in through the same front door.
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/admin/globals/sign-in-settings')
  await page.getByLabel('Email').fill(admin.email)
  await page.getByLabel('Password').fill(admin.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL(/\/admin\/globals\/sign-in-settings/)
  const checkbox = page.getByRole('checkbox', { name: 'Create accounts for new single sign-on users' })
  await checkbox.check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  await page.reload()
  await expect(checkbox).toBeChecked()
  await context.close()
}

test('sso: a clinician signs in at the hospital IdP, lands in the workspace with a normal session, and signing out ends it', async ({
  page,
  browser,
  request,
}) => {
  const from = new Date().toISOString()
  await page.goto('/sign-in?callbackUrl=%2Flibrary')
  // Both doors are offered.
  await expect(page.getByLabel('Password')).toBeVisible()
  await signInAtIdentityProvider(page, TEST_IDP_ACCOUNTS.clinician)
  await expect(page).toHaveURL(/\/library$/)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()

  // The IdP said "Clinician@Careleaf.local": matched case-insensitively to the seeded clinician.
  const me = await signedInUser(page)
  expect(me).toMatchObject({ email: 'clinician@careleaf.local', roles: ['clinician'] })
  // The same idle clock as a password session.
  expect(await (await page.request.get('/api/session')).json()).toMatchObject({ signedIn: true, idleTimeoutSeconds: 1800 })
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'next-auth.session-token')
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })

  const copied = await browser.newContext({ storageState: await page.context().storageState() })
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/)
  // Ended on the server: a copy of the cookie opens nothing either.
  expect(((await (await copied.request.get('/api/users/me')).json()) as { user: unknown }).user).toBeNull()
  const copiedPage = await copied.newPage()
  await copiedPage.goto('/library')
  await expect(copiedPage).toHaveURL(/\/sign-in/)
  await copied.close()

  const rows = await auditRowsSince(request, from, `actor=${me!.id}`)
  expect(rows.map((row) => `${row.action} ${row.detail}`)).toEqual(['auth.signin provider=oidc', 'auth.signout '])
})

test('sso: an editor who signs in with SSO works in the admin with no second login', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/)
  await signInAtIdentityProvider(page, TEST_IDP_ACCOUNTS.editor)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto('/admin/collections/topics?search=Upper%20back%20pain')
  await expect(page.getByRole('link', { name: 'Upper back pain during sleep' })).toBeVisible()
  expect(await signedInUser(page)).toMatchObject({ email: 'editor@careleaf.local', roles: ['editor'] })
})

test('sso: an email the IdP has not verified is refused, even though it names an existing account', async ({ page, request }) => {
  const from = new Date().toISOString()
  await page.goto('/sign-in')
  await signInAtIdentityProvider(page, TEST_IDP_ACCOUNTS.unverified)
  await expect(page).toHaveURL(/\/sign-in\?error=SsoEmailUnverified$/)
  await expect(page.getByRole('alert').filter({ hasText: 'did not confirm a verified email address' })).toBeVisible()
  expect(await signedInUser(page)).toBeNull()
  const rows = await auditRowsSince(request, from, 'action=auth.fail')
  expect(rows.map((row) => `${row.actorId}|${row.targetId}|${row.detail}`)).toEqual(['||provider=oidc reason=email-unverified'])
})

test('sso: an unknown email is refused until an admin turns on just-in-time provisioning; then it gets a clinician account', async ({
  page,
  browser,
  request,
}) => {
  const from = new Date().toISOString()
  await page.goto('/sign-in?callbackUrl=%2Flibrary')
  await signInAtIdentityProvider(page, TEST_IDP_ACCOUNTS.newcomer)
  await expect(page).toHaveURL(/\/sign-in\?error=SsoNoAccount$/)
  await expect(page.getByRole('alert').filter({ hasText: "No Careleaf account for this email; ask your clinic's admin." })).toBeVisible()
  expect(await signedInUser(page)).toBeNull()

  await enableJustInTimeProvisioning(browser)
  try {
    await page.goto('/sign-in?callbackUrl=%2Flibrary')
    await page.getByRole('button', { name: 'Sign in with Hospital SSO' }).click()
    // Still signed in at the IdP from the first attempt, so it answers without its form.
    await expect(page).toHaveURL(/\/library$/)
    const me = await signedInUser(page)
    expect(me).toMatchObject({ email: TEST_IDP_ACCOUNTS.newcomer.email, roles: ['clinician'] })

    const refusals = await auditRowsSince(request, from, 'action=auth.fail')
    expect(refusals.map((row) => `${row.actorId}|${row.detail}`)).toEqual(['|provider=oidc reason=no-account'])
    const newcomerRows = await auditRowsSince(request, from, `actor=${me!.id}`)
    expect(newcomerRows.map((row) => `${row.action}|${row.targetId}|${row.detail}`)).toEqual([
      `user.provision|${me!.id}|provider=oidc role=clinician`,
      `auth.signin|${me!.id}|provider=oidc`,
    ])
    // Ids, provider and role only: the address the IdP sent for the refused attempt is in no row. (Once the account
    // exists, the admin's CSV names its actor by sign-in email, as the admin's list does.)
    const csv = await (await request.get(`/api/audit-events/export.csv?from=${encodeURIComponent(from)}`, { headers: await adminHeaders(request) })).text()
    const refusedLines = csv.split('\n').filter((line) => line.includes(',auth.fail,'))
    expect(refusedLines.length).toBeGreaterThan(0)
    expect(refusedLines.join('\n')).not.toContain(TEST_IDP_ACCOUNTS.newcomer.email)
    expect(
      csv
        .split('\n')
        .filter((line) => line.includes(TEST_IDP_ACCOUNTS.newcomer.email))
        .every((line) => line.includes(`,${me!.id},`)),
    ).toBe(true)
  } finally {
    // Back to the default for any later run against this server.
    expect(
      (await request.post('/api/globals/sign-in-settings', { headers: await adminHeaders(request), data: { ssoJustInTimeProvisioning: false } })).ok(),
    ).toBe(true)
  }
})

test('logs: single sign-on leaves no email, ID token or authorization code in the server log', async () => {
  // server-log.spec.ts runs after this file and checks passwords and tokens again over everything.
  const log = fs.readFileSync(path.resolve('test-results', 'e2e-server.log'), 'utf8')
  for (const account of Object.values(TEST_IDP_ACCOUNTS)) expect(log.toLowerCase()).not.toContain(account.email.toLowerCase())
  expect(log).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/)
  expect(log).not.toMatch(/[?&]code=/)
})
