import crypto from 'node:crypto'

import { expect, test, type Browser, type Page } from '@playwright/test'

import { demoEditor, demoReviewer, signInThroughForm, signInToAdmin } from './fixtures'

const editor = demoEditor
const reviewer = demoReviewer

/**
 * Adds an array or blocks row. Payload builds the new row's form state on the
 * server and shows a placeholder meanwhile; a click made while the previous
 * field change is still being sent can leave that placeholder for good, so
 * let pending form-state requests finish first.
 */
async function addRow(page: Page, buttonName: string): Promise<void> {
  await page.waitForTimeout(1_000)
  await page.getByRole('button', { name: buttonName }).click()
}

async function clinicianPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/sign-in')
  await signInThroughForm(page)
  return page
}

test('content: an editor drafts a topic, a clinician cannot see it, a reviewer publishes it, the clinician finds it by search and by ICD-10 code', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  // Letters only, so full-text search treats it as one plain word.
  const marker = `desk${[...crypto.randomBytes(4)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`
  const title = `Neck strain at the ${marker}`

  // The editor writes a draft in the CMS.
  await signInToAdmin(page, editor)
  await page.goto('/admin/collections/topics/create')
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Main message').fill('Move your neck gently every hour. Call 911 if your arm goes weak or numb.')
  await page.getByLabel('Summary').fill('Simple steps to ease a stiff neck when you work at a desk.')
  await addRow(page, 'Add Section')
  await page.getByRole('button', { name: 'When to get help now' }).click()
  await addRow(page, 'Add Sign')
  await page.locator('#field-sections__0__signs__0__text').fill('Weakness or numbness in your arm')
  // Every sign needs an urgency level before anyone can publish.
  await page.locator('#field-sections__0__signs__0__tier').click()
  await page.getByRole('option', { name: 'Call 911 now' }).click()

  await page.getByRole('button', { name: 'Audience and codes' }).click()
  await addRow(page, 'Add Code')
  await page.locator('#field-codes__0__code').fill('M54.2')
  await page.locator('#field-codes__0__display').fill('Cervicalgia')

  await page.getByRole('button', { name: 'Sources' }).click()
  await addRow(page, 'Add Source')
  await page.locator('#field-sources__0__citation').fill('NHS. Neck pain.')
  await page.waitForTimeout(1_000)

  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/topics\/\d+/)
  const topicUrl = new URL(page.url()).pathname
  // The edit view re-renders for the saved document; let it settle before the next click.
  await expect(page.getByText('Last Modified')).toBeVisible()
  await page.waitForLoadState('networkidle')

  // Editors get no publish button, and the API refuses them with a clear message.
  await expect(page.getByText('A reviewer publishes this topic')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0)
  const login = await page.request.post('/api/users/login', { data: { email: editor.email, password: editor.password } })
  const { token } = (await login.json()) as { token: string }
  const refused = await page.request.patch(`/api${topicUrl.replace(/^\/admin\/collections/, '')}`, {
    data: { _status: 'published' },
    headers: { Authorization: `JWT ${token}` },
  })
  expect(refused.status()).toBe(403)
  expect(JSON.stringify(await refused.json())).toContain('Only a reviewer or an admin can publish a topic.')

  // The readability panel shows the figures computed on save.
  await page.getByRole('button', { name: 'Quality' }).click()
  await expect(page.getByText('Flesch-Kincaid grade')).toBeVisible()
  // Nothing is wrong with the text; the reviewer has not rated it on PEMAT-P yet.
  await expect(page.getByText('PEMAT-P rating not finished').first()).toBeVisible()
  await expect(page.getByText('Warning signs without an urgency level')).toHaveCount(0)

  // A clinician cannot see the draft, in the library or at its address.
  const clinician = await clinicianPage(browser)
  await clinician.goto(`/library?q=${marker}`)
  await expect(clinician.getByText('No published topics match your search.')).toBeVisible()
  const draftResponse = await clinician.goto(`/library/neck-strain-at-the-${marker}`)
  expect(draftResponse?.status()).toBe(404)

  // A reviewer publishes it.
  const reviewerPage = await (await browser.newContext()).newPage()
  await signInToAdmin(reviewerPage, reviewer)
  await reviewerPage.goto(topicUrl)
  await expect(reviewerPage.getByLabel('Title')).toHaveValue(title)
  // The reviewer accepts the flags the topic raises (the PEMAT-P rating is not done yet), then publishes in the admin.
  const reviewerLogin = await reviewerPage.request.post('/api/users/login', { data: { email: reviewer.email, password: reviewer.password } })
  const reviewerAuth = { Authorization: `JWT ${((await reviewerLogin.json()) as { token: string }).token}` }
  const topicApi = `/api${topicUrl.replace(/^\/admin\/collections/, '')}`
  const draftTopic = (await (await reviewerPage.request.get(`${topicApi}?draft=true&depth=0`, { headers: reviewerAuth })).json()) as { qualityFlags: string[] }
  expect(draftTopic.qualityFlags).toContain('pemat-incomplete')
  const accepted = await reviewerPage.request.patch(`${topicApi}?draft=true`, {
    headers: reviewerAuth,
    data: { _status: 'draft', acknowledgedFlags: draftTopic.qualityFlags },
  })
  expect(accepted.status()).toBe(200)
  await reviewerPage.reload()
  await expect(reviewerPage.getByLabel('Title')).toHaveValue(title)
  await reviewerPage.getByRole('button', { name: /^Publish/ }).click()
  await expect(reviewerPage.getByText('Review up to date')).toBeVisible()

  // The clinician now finds it by a word of its title and by its ICD-10 code.
  await clinician.goto(`/library?q=${marker}`)
  await expect(clinician.getByRole('link', { name: title })).toBeVisible()
  await clinician.getByLabel('Search topics').fill('M54.2')
  await clinician.getByRole('button', { name: 'Search' }).click()
  await expect(clinician).toHaveURL(/q=M54\.2/)
  await expect(clinician.getByRole('listitem').first().getByRole('link')).toHaveText(title)
  await clinician.getByRole('link', { name: title }).click()
  await expect(clinician.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(clinician.getByRole('checkbox', { name: 'When to get help now' })).toBeVisible()
})

test('content: the admin shows the review list, and readability and flags for the seeded topic, published in plain language', async ({ page }) => {
  await signInToAdmin(page, reviewer)
  await page.goto('/admin/collections/topics')
  await expect(page.getByRole('heading', { name: /Due for review in the next 30 days/ })).toBeVisible()
  // Other journeys add topics, so find the seeded one by title rather than by its place in the list.
  await page.getByPlaceholder('Search by Title').fill('Upper back pain during sleep')
  await page.getByRole('link', { name: 'Upper back pain during sleep' }).first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/topics\/\d+/)
  await page.getByRole('button', { name: 'Quality' }).click()
  await expect(page.getByText('Flesch-Kincaid grade')).toBeVisible()
  // The seed publishes the plain-language version (the faithful import is an earlier version): grade 6 or lower, no flags.
  const grade = Number(await page.getByText('Flesch-Kincaid grade').locator('xpath=..').locator('strong').innerText())
  expect(grade).toBeLessThanOrEqual(6)
  await expect(page.getByText('≤ 6')).toBeVisible()
  await expect(page.getByRole('note').filter({ hasText: 'Published version' })).toHaveCount(0)
  await expect(page.getByText('No open flags.')).toBeVisible()
})
