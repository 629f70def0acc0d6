import { expect, type Page, test } from '@playwright/test'

import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

const editor = DEMO_ACCOUNTS.find((account) => account.roles.includes('editor'))!
const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!
const clinician = DEMO_ACCOUNTS.find((account) => account.roles.includes('clinician'))!

async function fillSignIn(page: Page, account: { email: string; password: string }) {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

/** CSP violations show up in Chromium's console; collect them for a page's whole life. */
function collectCspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

test('auth: the admin has no login screen of its own; /admin sends a signed-out visitor to /sign-in and back', async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin$/)
  await page.goto('/admin/collections/topics')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/)
})

test('auth: an editor signs in once and works in the admin with no second login; logging out of the admin ends the portal session too', async ({
  page,
  context,
}) => {
  const violations = collectCspViolations(page)
  await page.goto('/admin')
  await fillSignIn(page, editor)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /Topics/ }).first()).toBeVisible()
  await page.goto('/admin/collections/topics?search=Upper%20back%20pain')
  await expect(page.getByRole('link', { name: 'Upper back pain during sleep' })).toBeVisible()

  const session = (await context.cookies()).find((cookie) => cookie.name === 'next-auth.session-token')
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  expect(violations).toEqual([])

  await page.goto('/admin/logout')
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/)
  await page.goto('/library')
  await expect(page).toHaveURL(/\/sign-in/)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/)
})

test('auth: signing out in the portal ends the session on the server, so a copied cookie stops working in both apps', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await page.goto('/sign-in?callbackUrl=%2Flibrary')
  await fillSignIn(page, admin)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  const saved = await context.storageState()

  // The copied cookie works before sign-out…
  const thief = await browser.newContext({ storageState: saved })
  expect((await (await thief.request.get(`${baseURL}/api/users/me`)).json()).user?.email).toBe(admin.email)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/)

  // …and not after, in the workspace, the admin and the REST API alike.
  const thiefPage = await thief.newPage()
  await thiefPage.goto('/library')
  await expect(thiefPage).toHaveURL(/\/sign-in/)
  await thiefPage.goto('/admin')
  await expect(thiefPage).toHaveURL(/\/sign-in/)
  expect((await (await thief.request.get(`${baseURL}/api/users/me`)).json()).user).toBeNull()
  await thief.close()
})

test('security: the workspace and the admin load under the nonce CSP with no violations, and nothing may frame them', async ({ page }) => {
  const violations = collectCspViolations(page)
  await page.goto('/sign-in?callbackUrl=%2Flibrary')
  await fillSignIn(page, admin)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  const library = await page.goto('/library/upper-back-pain-during-sleep')
  const csp = library?.headers()['content-security-policy'] ?? ''
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
  expect(csp).toContain("frame-ancestors 'none'")
  expect(library?.headers()['x-frame-options']).toBe('DENY')
  // Hydrated (JavaScript ran): the client-side form reacts.
  await page.getByRole('checkbox', { name: 'How to lie in bed so your back hurts less' }).check()
  await expect(page.getByRole('checkbox', { name: 'How to lie in bed so your back hurts less' })).toBeChecked()

  const adminPage = await page.goto('/admin/collections/topics?search=Upper%20back%20pain')
  expect(adminPage?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  await expect(page.getByRole('link', { name: 'Upper back pain during sleep' })).toBeVisible()
  await page.getByRole('link', { name: 'Upper back pain during sleep' }).click()
  await expect(page.getByRole('textbox', { name: /Title/ }).first()).toHaveValue('Upper back pain during sleep')
  expect(violations).toEqual([])
})

test('auth: a clinician may not use the admin', async ({ page }) => {
  await page.goto('/sign-in?callbackUrl=%2Fadmin')
  await fillSignIn(page, clinician)
  await page.waitForURL(/\/admin/)
  await expect(page.getByRole('link', { name: 'Upper back pain during sleep' })).toHaveCount(0)
  const response = await page.request.get('/api/audit-events')
  expect(response.status()).toBe(403)
})
