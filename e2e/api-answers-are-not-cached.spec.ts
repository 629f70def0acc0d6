import { expect, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

const demoAdmin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!

/**
 * Answers under /api carry user data. With no Cache-Control a browser may keep
 * them on disk, and a shared cache may hand one user's answer to another:
 * every one must say `no-store` (set once, in proxy.ts).
 */
test('security: every /api answer carrying user data says Cache-Control: no-store, signed in or not', async ({ page, request }) => {
  const paths = [
    '/api/users/me',
    '/api/auth/session',
    '/api/session',
    '/api/topics?limit=1',
    '/api/handouts?limit=1',
    '/api/audit-events?limit=1',
    '/api/audit-events/export.csv',
    '/api/globals/clinic',
  ]
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.headers()['cache-control'], `${path} signed out`).toBe('no-store')
  }

  await page.goto('/sign-in?callbackUrl=%2Flibrary')
  await signInThroughForm(page, demoAdmin)
  for (const path of paths) {
    const response = await page.request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBeLessThan(400)
    expect(response.headers()['cache-control'], `${path} as admin`).toBe('no-store')
  }
  const me = await page.request.get('/api/users/me')
  expect(((await me.json()) as { user: { email: string } }).user.email).toBe(demoAdmin.email)
})
