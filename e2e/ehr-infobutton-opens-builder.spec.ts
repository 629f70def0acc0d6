import crypto from 'node:crypto'

import { expect, test } from '@playwright/test'

import { demoAdmin, signInThroughForm, signInToAdmin } from './fixtures'

const SEEDED_TOPIC = { slug: 'upper-back-pain-during-sleep', title: 'Upper back pain during sleep' }
const ICD10CM = '2.16.840.1.113883.6.90'

interface ConnectJson {
  feed: { subtitle: { _value: string }; entry: Array<{ title: { _value: string }; link: Array<{ href: string }> }> }
}

test('EHR: an admin registers an EHR and generates its key; an Infobutton link for M54.6 takes a signed-out clinician through sign-in to the builder with the topic picked', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(120_000)
  // The admin registers the EHR and copies its key, shown once.
  await signInToAdmin(page, demoAdmin)
  await page.goto('/admin/collections/ehr-clients/create')
  await page.getByLabel('Name').fill(`Clinic EHR ${crypto.randomBytes(3).toString('hex')}`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/ehr-clients\/\d+/)
  await page.getByRole('button', { name: 'Generate API key' }).click()
  const key = (await page.getByLabel('New API key').textContent())?.trim() ?? ''
  expect(key).toMatch(/^clk_[0-9a-f]{12}_/)
  await expect(page.getByText('It will not be shown again.')).toBeVisible()

  // The EHR asks, as it asks MedlinePlus Connect, with the key in a header.
  const query = `mainSearchCriteria.v.cs=${ICD10CM}&mainSearchCriteria.v.c=M54.6&knowledgeResponseType=application/json`
  expect((await request.get(`/api/infobutton?${query}`)).status()).toBe(401)
  const answer = await request.get(`/api/infobutton?${query}`, { headers: { Authorization: `Bearer ${key}` } })
  expect(answer.status()).toBe(200)
  const feed = ((await answer.json()) as ConnectJson).feed
  expect(feed.subtitle._value).toContain('M54.6')
  const entry = feed.entry.find((item) => item.title._value === SEEDED_TOPIC.title)
  expect(entry).toBeDefined()
  const link = new URL(entry!.link[0]!.href)
  expect(`${link.pathname}${link.search}`).toBe(`/handouts/new?topic=${SEEDED_TOPIC.slug}`)

  // A clinician clicks it in the chart, not signed in to Careleaf.
  const clinician = await (await browser.newContext()).newPage()
  await clinician.goto(`${link.pathname}${link.search}`)
  await expect(clinician).toHaveURL(/\/sign-in\?callbackUrl=/)
  await signInThroughForm(clinician)
  await expect(clinician).toHaveURL(new RegExp(`/handouts/new\\?topic=${SEEDED_TOPIC.slug}$`))
  await expect(clinician.getByRole('heading', { name: 'Make a handout', level: 1 })).toBeVisible()
  await expect(clinician.getByText(SEEDED_TOPIC.title).first()).toBeVisible()
  expect(await clinician.getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(0)
  await expect(clinician.getByLabel('Language')).toHaveValue('en')

  // The Spanish link picks the language too.
  const spanish = await request.get(`/api/infobutton?${query}&informationRecipient.languageCode.c=es`, { headers: { 'x-api-key': key } })
  const spanishLink = new URL(((await spanish.json()) as ConnectJson).feed.entry[0]!.link[0]!.href)
  expect(spanishLink.search).toBe(`?topic=${SEEDED_TOPIC.slug}&language=es`)
  await clinician.goto(`${spanishLink.pathname}${spanishLink.search}`)
  await expect(clinician.getByLabel('Language')).toHaveValue('es')
})
