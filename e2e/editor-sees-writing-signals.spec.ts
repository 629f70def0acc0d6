import { expect, test, type Page } from '@playwright/test'

import { demoEditor } from './fixtures'
import { DEFAULT_READING_GRADE_TARGET } from '../lib/readability/readingGradeTarget'

/** One front door: the admin sends a signed-out visitor to the portal's sign-in and back. */
async function signInToAdmin(page: Page): Promise<void> {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/)
  await page.getByLabel('Email').fill(demoEditor.email)
  await page.getByLabel('Password').fill(demoEditor.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test('content: an editor sees each section’s reading grade, passive sentences, "you" share and jargon hints while writing, before saving', async ({ page }) => {
  test.setTimeout(90_000)
  await signInToAdmin(page)
  await page.goto('/admin/collections/topics?search=Upper%20back%20pain')
  await page.getByRole('link', { name: 'Upper back pain during sleep' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/topics\/\d+/)
  const topicId = /\/topics\/(\d+)/.exec(page.url())![1]

  const signals = page.getByRole('region', { name: 'Writing signals' })
  const conditions = signals.getByRole('listitem', { name: 'Writing signals: Health problems that can cause the pain' })
  await expect(conditions).toContainText(/Reading grade \d+(\.\d)?/)
  await expect(conditions).toContainText('scoliosis → sideways curve of the spine')
  await expect(conditions).toContainText(/Says “you” in \d+ of \d+ sentences/)

  // The seeded clinic keeps the default reading-grade target.
  const medications = signals.getByRole('listitem', { name: 'Writing signals: Medicines that can cause the pain' })
  await expect(medications).toContainText(`within target (${DEFAULT_READING_GRADE_TARGET})`)
  await expect(medications).not.toContainText('hypertension')

  // The editor adds a hard, jargon-heavy sentence to the medicines section and does not save.
  // Payload sends each change to the server for form state; on a loaded machine a reply that
  // arrives mid-typing carries an older value and its rich-text field re-mounts with it, dropping
  // keystrokes. So: let the first round trip finish, then enter the sentence as one input event.
  await page.waitForLoadState('networkidle')
  const medicationsBody = page
    .locator('.blocks-field__row')
    .filter({ has: page.locator('input[value="Medicines that can cause the pain"]') })
    .locator('[data-lexical-editor="true"]')
  await medicationsBody.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText(
    ' Uncontrolled hypertension necessitates comprehensive cardiovascular evaluation and individualized pharmacological management.',
  )

  await expect(medications).toContainText('hypertension → high blood pressure')
  await expect(medications).toContainText('cardiovascular → heart and blood vessels')
  await expect(medications).toContainText(`⚑ Over target: aim for grade ${DEFAULT_READING_GRADE_TARGET} or lower`)
  await expect(signals).toContainText(/⚑ \d+ sections? reads? above grade/)

  // Nothing was saved: the stored draft still reads as before.
  const stored = await page.request.get(`/api/topics/${topicId}?draft=true&depth=0`)
  expect(stored.ok()).toBe(true)
  expect(JSON.stringify(await stored.json())).not.toContain('hypertension')
})
