import { expect, type Page, test } from '@playwright/test'

import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

const account = (role: string) => DEMO_ACCOUNTS.find((candidate) => candidate.roles.includes(role as never))!

async function signInWithoutDestination(page: Page, role: string): Promise<void> {
  const { email, password } = account(role)
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

test('landing: a clinician lands in the library after signing in', async ({ page }) => {
  await signInWithoutDestination(page, 'clinician')
  await expect(page).toHaveURL(/\/library$/)
})

for (const role of ['editor', 'reviewer']) {
  test(`landing: a${role === 'editor' ? 'n' : ''} ${role} lands in the content admin after signing in`, async ({ page }) => {
    await signInWithoutDestination(page, role)
    await expect(page).toHaveURL(/\/admin\/?$/)
  })
}

test('landing: an admin chooses between the workspace and the content admin', async ({ page }) => {
  await signInWithoutDestination(page, 'admin')
  await expect(page.getByRole('heading', { name: 'Where to?' })).toBeVisible()
  await page.getByRole('link', { name: 'Content and settings' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto('/')
  await page.getByRole('link', { name: 'Clinician workspace' }).click()
  await expect(page).toHaveURL(/\/library$/)
})

test('landing: a returning page wins over the landing page', async ({ page }) => {
  const { email, password } = account('editor')
  await page.goto('/sign-in?callbackUrl=%2Flibrary')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/library$/)
})
