import crypto from 'node:crypto'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { rememberSecret } from './secretsLedger'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!

/** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
async function signInViaNextAuth(request: APIRequestContext, email: string, password: string): Promise<{ ok: boolean; url: string }> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  const response = await request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, json: 'true', callbackUrl: '/library' } })
  const { url } = (await response.json()) as { url: string }
  const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie' && header.value.startsWith('next-auth.session-token='))
  return { ok: !url.includes('error=') && cookies.length > 0, url }
}

/** A fresh user per test, made by the admin through Payload's REST API (local-jwt strategy). */
async function createUser(request: APIRequestContext, password: string): Promise<string> {
  const login = await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })
  const { token } = (await login.json()) as { token: string }
  const email = `lockout-${crypto.randomBytes(4).toString('hex')}@e2e.careleaf.local`
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { email, password, name: 'Lockout Test', roles: ['clinician'] },
  })
  expect(created.status()).toBe(201)
  return email
}

test('auth: 5 failed sign-ins through next-auth lock the account for 15 minutes, with the same message as any failure', async ({ playwright, baseURL }) => {
  const setup = await playwright.request.newContext({ baseURL })
  const password = 'a long enough e2e passphrase'
  rememberSecret(password)
  const email = await createUser(setup, password)
  await setup.dispose()

  const attacker = await playwright.request.newContext({ baseURL })
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const result = await signInViaNextAuth(attacker, email, 'wrong but long password')
    expect(result.ok).toBe(false)
    expect(result.url).toContain('error=CredentialsSignin')
  }
  const owner = await playwright.request.newContext({ baseURL })
  const locked = await signInViaNextAuth(owner, email, password)
  expect(locked.ok).toBe(false)
  // Locked looks exactly like a wrong password or an unknown email.
  expect(locked.url).toContain('error=CredentialsSignin')
  const unknown = await signInViaNextAuth(owner, `nobody-${crypto.randomBytes(4).toString('hex')}@e2e.careleaf.local`, password)
  expect(unknown.url).toBe(locked.url)
  await attacker.dispose()
  await owner.dispose()
})

test('auth: the admin cannot give a user a weak password through the REST API', async ({ request }) => {
  const login = await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })
  const { token } = (await login.json()) as { token: string }
  const email = `weak-${crypto.randomBytes(4).toString('hex')}@e2e.careleaf.local`
  const response = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { email, password: 'qwerty123456', name: 'Weak', roles: ['clinician'] },
  })
  expect(response.status()).toBe(400)
  expect(JSON.stringify(await response.json())).toContain('password')
  const found = await request.get(`/api/users?where[email][equals]=${encodeURIComponent(email)}`, { headers: { Authorization: `JWT ${token}` } })
  expect(((await found.json()) as { totalDocs: number }).totalDocs).toBe(0)
})
