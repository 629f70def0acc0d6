import { expect, test, type Browser, type Page } from '@playwright/test'

import { demoEditor, demoReviewer, signInToAdmin } from './fixtures'

const editor = demoEditor
const reviewer = demoReviewer

const ITEM_1 = '1. The material makes its purpose completely evident.'
const ITEM_11 = '11. The material provides a summary.'

async function openSeededTopicPemat(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signInToAdmin(page, account)
  await page.goto('/admin/collections/topics')
  // The list shows both PEMAT-P scores as columns.
  await expect(page.getByRole('columnheader', { name: /^Understandability \(%\)/ })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: /^Actionability \(%\)/ })).toBeVisible()
  // Other journeys add topics, so find the seeded one by its slug rather than by its place in the list.
  const found = await page.request.get('/api/topics?where[slug][equals]=upper-back-pain-during-sleep&depth=0&select[title]=true')
  const { docs } = (await found.json()) as { docs: Array<{ id: number }> }
  await page.goto(`/admin/collections/topics/${docs[0]!.id}`)
  // An editor who opened the topic a moment ago (the test before, or another journey) may still hold its edit
  // lock: the reviewer takes over, as they would in the admin.
  const takeOver = page.getByRole('button', { name: 'Take over' })
  if (
    await takeOver.waitFor({ state: 'visible', timeout: 3_000 }).then(
      () => true,
      () => false,
    )
  )
    await takeOver.click()
  await expect(page.getByLabel('Title')).toHaveValue('Upper back pain during sleep')
  await page.getByRole('button', { name: 'PEMAT-P' }).click()
  await expect(page.getByRole('heading', { name: 'PEMAT-P rating' })).toBeVisible()
  return page
}

test('review: an editor sees the pre-filled PEMAT-P items with their reasons and cannot change them', async ({ browser }) => {
  const page = await openSeededTopicPemat(browser, editor)
  await expect(page.getByText('Only a reviewer can change these answers.')).toBeVisible()

  // An item the structure decides: pre-filled, with the reason.
  const summaryItem = page.getByRole('group', { name: ITEM_11 })
  await expect(summaryItem.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked()
  await expect(summaryItem.getByText('Suggested: The main message comes first, in a box, with the summary.')).toBeVisible()
  await expect(summaryItem.getByRole('radio', { name: 'N/A (Very short material)' })).toBeDisabled()

  // A judgement item the demo reviewer answered, with the reviewer's note; no N/A where the guide allows none.
  const purposeItem = page.getByRole('group', { name: ITEM_1 })
  await expect(purposeItem.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked()
  await expect(purposeItem.getByRole('radio', { name: 'Agree', exact: true })).toBeDisabled()
  await expect(purposeItem.getByRole('radio', { name: 'Disagree' })).toBeDisabled()
  await expect(purposeItem.getByRole('radio', { name: /N\/A/ })).toHaveCount(0)
  await expect(purposeItem.getByText(/^Reviewer’s note: /)).toBeVisible()

  // Both domains, all 24 items.
  await expect(page.getByRole('group', { name: /^Understandability: \d+ %/ }).getByRole('group')).toHaveCount(17)
  await expect(page.getByRole('group', { name: /^Actionability: \d+ %/ }).getByRole('group')).toHaveCount(7)
  await expect(page.getByText(/^Suggested: /)).not.toHaveCount(0)
})

test('review: a reviewer changes a PEMAT-P answer and sees the score change', async ({ browser }) => {
  const page = await openSeededTopicPemat(browser, reviewer)
  const scores = page.getByRole('status').filter({ hasText: 'Understandability' })
  const understandability = async () => Number(/Understandability (\d+) %/.exec((await scores.textContent()) ?? '')?.[1])
  const before = await understandability()
  expect(before).toBeGreaterThan(0)

  const purposeItem = page.getByRole('group', { name: ITEM_1 })
  await expect(purposeItem.getByRole('radio', { name: 'Agree', exact: true })).toBeEnabled()
  await purposeItem.getByRole('radio', { name: 'Disagree' }).check()
  await expect(purposeItem.getByRole('radio', { name: 'Disagree' })).toBeChecked()
  await expect.poll(understandability).toBeLessThan(before)
  await expect(purposeItem.getByLabel('Note on item 1')).toBeEditable()
})
