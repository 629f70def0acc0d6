import crypto from 'node:crypto'

import { expect, test } from '@playwright/test'

import { demoAdmin, demoReviewer, signInToAdmin } from './fixtures'
import { rememberSecret } from './secretsLedger'

const admin = demoAdmin
const reviewer = demoReviewer

/** The users list searched for one email, as an admin would. */
function usersListFor(email: string): string {
  return `/admin/collections/users?search=${encodeURIComponent(email)}`
}

test('admin: the users list says Yes / No and whether each account is active, disabled or locked until when', async ({ page, request }) => {
  // A clinician locked out by 5 wrong passwords through the REST login.
  const { token } = (await (await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })).json()) as { token: string }
  const password = `locked passphrase ${crypto.randomBytes(4).toString('hex')}`
  rememberSecret(password)
  const email = `locked-${crypto.randomBytes(4).toString('hex')}@e2e.careleaf.local`
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { email, password, name: 'Locked Out', roles: ['clinician'] },
  })
  expect(created.status()).toBe(201)
  for (let attempt = 0; attempt < 5; attempt += 1) {
    expect((await request.post('/api/users/login', { data: { email, password: 'wrong but long password' } })).ok()).toBe(false)
  }

  await signInToAdmin(page, admin)
  await page.goto(usersListFor(email))
  const header = page.getByRole('columnheader')
  await expect(header.filter({ hasText: 'Status' })).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: email })
  await expect(row.getByRole('cell', { name: /^Locked until [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M UTC$/ })).toBeVisible()
  await expect(row.getByRole('cell', { name: 'No', exact: true })).toBeVisible()

  await page.goto(usersListFor(admin.email))
  const adminRow = page.getByRole('row').filter({ hasText: admin.email })
  await expect(adminRow.getByRole('cell', { name: 'Active', exact: true })).toBeVisible()
  // No raw booleans anywhere in the table.
  await expect(page.getByRole('cell', { name: /^(true|false)$/ })).toHaveCount(0)
})

test('admin: a topic’s review-due date shows its year, in the list and on the topic', async ({ page }) => {
  await signInToAdmin(page, reviewer)
  await page.goto('/admin/collections/topics?search=Upper%20back%20pain')
  const row = page.getByRole('row').filter({ hasText: 'Upper back pain during sleep' }).first()
  await expect(row).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{4}/)
  await row.getByRole('link', { name: 'Upper back pain during sleep' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/topics\/\d+/)
  // Payload's own picker for a day-only date showed "Nov 30": no year.
  const reviewDue = page.locator('.date-time-field').filter({ hasText: 'Review Due At' }).getByRole('textbox')
  await expect(reviewDue).toHaveValue(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/)
})
