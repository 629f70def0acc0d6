import crypto from 'node:crypto'

import { type APIRequestContext, expect, type Page, type Response, test } from '@playwright/test'

import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!
const PASSWORD = 'e2e-editor-password-2026'
const NEW_PASSWORD = 'a brand new passphrase 42'

/** A fresh editor per test, made by the admin through Payload's REST API. */
async function createEditor(request: APIRequestContext): Promise<string> {
  const { token } = (await (await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })).json()) as { token: string }
  const email = `own-password-${crypto.randomBytes(4).toString('hex')}@e2e.careleaf.local`
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { email, password: PASSWORD, name: 'Password Changer', roles: ['editor'] },
  })
  expect(created.status()).toBe(201)
  return email
}

const isUserSave = (response: Response) => response.request().method() === 'PATCH' && /\/api\/users\/\d+/.test(response.url())

/**
 * Presses Save and returns the account's PATCH answer. The admin rebuilds its form state on the server after each
 * edit and ignores a Save pressed before that settles (more often on a busy machine), so press again until one goes out.
 */
async function saveAccount(page: Page): Promise<Response> {
  let answer: Response | undefined
  await expect(async () => {
    await page.waitForLoadState('networkidle')
    const next = page.waitForResponse(isUserSave, { timeout: 5_000 })
    await page.getByRole('button', { name: 'Save' }).click()
    answer = await next
  }).toPass({ timeout: 45_000 })
  return answer!
}

test('auth: an editor changes their own password in the admin, which asks for the current one first', async ({ page, request }) => {
  test.setTimeout(120_000)
  const email = await createEditor(request)
  await page.goto('/admin/account')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/account$/)
  await page.getByRole('button', { name: 'Change Password' }).click()
  await page.getByLabel('New Password').fill(NEW_PASSWORD)
  await page.getByLabel('Confirm Password').fill(NEW_PASSWORD)

  const refused = await saveAccount(page)
  expect(refused.status()).toBe(400)

  await page.getByLabel('Current password').fill(PASSWORD)
  const saved = await saveAccount(page)
  expect(saved.status()).toBe(200)
  // A new password ends every session of the account, this one included.
  await expect(page).toHaveURL(/\/sign-in/)

  const login = await request.post('/api/users/login', { data: { email, password: NEW_PASSWORD } })
  expect(login.status()).toBe(200)
})
