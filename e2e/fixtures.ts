import { expect, type Page } from '@playwright/test'

import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

export const demoClinician = DEMO_ACCOUNTS.find((account) => account.roles.includes('clinician'))!

export async function signInThroughForm(page: Page, account: { email: string; password: string } = demoClinician): Promise<void> {
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
}

export const demoEditor = DEMO_ACCOUNTS.find((account) => account.roles.includes('editor'))!
export const demoReviewer = DEMO_ACCOUNTS.find((account) => account.roles.includes('reviewer'))!
export const demoAdmin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!

/** One front door: the admin sends a signed-out visitor to the portal's sign-in and back. */
export async function signInToAdmin(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}
