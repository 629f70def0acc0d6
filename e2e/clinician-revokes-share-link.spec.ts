import { expect, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'

test('share: a labelled link is named in the list, and revoking it asks first and works without JavaScript', async ({ page, browser }) => {
  test.setTimeout(90_000)
  await page.goto('/library/upper-back-pain-during-sleep')
  await signInThroughForm(page)
  await page.getByRole('checkbox', { name: 'When to get help now' }).check()
  await page.getByLabel('Patient name').fill('Revoke Patient')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  const handoutPath = new URL(page.url()).pathname

  await page.getByLabel('Who is this link for? (optional)').fill('home care nurse')
  await page.getByRole('button', { name: 'Create share link' }).click()
  await expect(page.getByLabel('Patient link')).toBeVisible()
  await expect(page.getByRole('cell', { name: /home care nurse/ })).toBeVisible()

  // The same clinician's session, in a browser with JavaScript off.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
  const plain = await noScript.newPage()
  await plain.goto(handoutPath)
  await plain.getByText(/^Revoke… link “home care nurse”/).click()
  await expect(
    plain.getByText(/^Revoke the link “home care nurse” \(…[A-Za-z0-9_-]+\)\? Whoever has it will no longer be able to open the handout\./),
  ).toBeVisible()
  await plain.getByRole('button', { name: /^Revoke link “home care nurse”/ }).click()
  await expect(plain).toHaveURL(new RegExp(`${handoutPath}$`))
  await expect(plain.getByRole('row').filter({ hasText: 'home care nurse' })).toContainText('Revoked')
  await noScript.close()
})
