import crypto from 'node:crypto'

import { type APIRequestContext, expect, type Response, test } from '@playwright/test'

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

test('auth: an editor changes their own password in the admin, which asks for the current one first', async ({ page, request }) => {
  const email = await createEditor(request)
  await page.goto('/admin/account')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/account$/)
  await page.getByRole('button', { name: 'Change Password' }).click()
  await page.getByLabel('New Password').fill(NEW_PASSWORD)
  await page.getByLabel('Confirm Password').fill(NEW_PASSWORD)

  const isUserSave = (response: Response) => response.request().method() === 'PATCH' && /\/api\/users\/\d+/.test(response.url())
  // The admin rebuilds its form state on the server after each edit; a click before that settles is ignored.
  await page.waitForLoadState('networkidle')
  const refused = page.waitForResponse(isUserSave)
  await page.getByRole('button', { name: 'Save' }).click()
  expect((await refused).status()).toBe(400)

  await page.getByLabel('Current password').fill(PASSWORD)
  await page.waitForLoadState('networkidle')
  const saved = page.waitForResponse(isUserSave)
  await page.getByRole('button', { name: 'Save' }).click()
  expect((await saved).status()).toBe(200)
  // A new password ends every session of the account, this one included.
  await expect(page).toHaveURL(/\/sign-in/)

  const login = await request.post('/api/users/login', { data: { email, password: NEW_PASSWORD } })
  expect(login.status()).toBe(200)
})
