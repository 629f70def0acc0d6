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
