import fs from 'node:fs/promises'

import { expect, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'
import { extractPdfText } from '../tests/support/extractPdfText'
import { inspectPdfLayout } from '../tests/support/inspectPdfLayout'

const TOPIC_PATH = '/library/upper-back-pain-during-sleep'

test('journey: a signed-out visitor to the builder is sent to sign-in', async ({ page }) => {
  await page.goto(TOPIC_PATH)
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Flibrary%2Fupper-back-pain-during-sleep/)
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
})

test('journey: a wrong password gets one clear message and no session', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill('clinician@careleaf.local')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  // Next.js adds an empty route-announcer alert; ours is the one with text.
  await expect(page.getByRole('alert').filter({ hasText: 'did not match an active account' })).toBeVisible()
  await page.goto('/library')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('journey: clinician builds a handout for Jane Doe, downloads the PDF and shares it with the patient', async ({ page, browser, baseURL }) => {
  await page.goto(TOPIC_PATH)
  await signInThroughForm(page)
  await expect(page).toHaveURL(new RegExp(`${TOPIC_PATH}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Upper back pain during sleep' })).toBeVisible()

  await page.getByRole('checkbox', { name: 'How to lie in bed so your back hurts less' }).check()
  await page.getByRole('checkbox', { name: 'More ways to ease the pain' }).check()
  await page.getByLabel('Patient name').fill('Jane Doe')
  await page
    .getByLabel('Instructions for this patient')
    .fill('Sleep on your back with a rolled towel under your knees.\n\nCall us if the pain wakes you more than twice a week.')
  await page.getByRole('button', { name: 'Create handout' }).click()

  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  await expect(page.getByText('Prepared for Jane Doe')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'How to lie in bed so your back hurts less' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Health problems that can cause the pain' })).toHaveCount(0)

  // The PDF, parsed back to text.
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download PDF' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^upper-back-pain-during-sleep-jd-\d{4}-\d{2}-\d{2}\.pdf$/)
  const pdf = await extractPdfText(await fs.readFile((await download.path())!))
  // Lines wrap wherever the layout puts them; compare words, not line breaks.
  const text = pdf.text.replace(/\s+/g, ' ')
  expect(text).toContain('Jane Doe')
  expect(text).toContain('How to lie in bed so your back hurts less')
  expect(text).toContain('More ways to ease the pain')
  expect(text.indexOf('How to lie in bed so your back hurts less')).toBeLessThan(text.indexOf('More ways to ease the pain'))
  expect(text).toContain('rolled towel under your knees')
  expect(text).not.toMatch(/soma/i)
  expect(text).toMatch(/Page 1 of \d+/)

  // The share link, opened by a patient on a phone with no account. The clinic's default check is an
  // access code; this journey picks none. The label is for the clinician's list only.
  await expect(page.getByRole('radio', { name: /6-digit access code/ })).toBeChecked()
  await page.getByRole('radio', { name: 'None' }).check()
  await page.getByLabel('Who is this link for? (optional)').fill('daughter')
  await page.getByRole('button', { name: 'Create share link' }).click()
  const shareUrl = await page.getByLabel('Patient link').inputValue()
  expect(shareUrl).toMatch(new RegExp(`^${baseURL}/p/[A-Za-z0-9_-]{43}$`))

  // The clinician's printable copy with this link and its QR code, while the link is on screen.
  const withLinkDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF with this link and QR code' }).click()
  const withLinkBytes = await fs.readFile((await (await withLinkDownload).path())!)
  const withLinkText = (await extractPdfText(withLinkBytes)).text.replace(/\s+/g, '')
  expect(withLinkText).toContain(`Readthishandoutonline:${shareUrl}`)
  // The seeded clinic logo in every page header, and the QR code once.
  const withLinkLayout = await inspectPdfLayout(withLinkBytes)
  expect(withLinkLayout.reduce((images, pdfPage) => images + pdfPage.imageCount, 0)).toBe(withLinkLayout.length + 1)
  // A token that is not an active link of this handout prints nothing.
  expect((await page.request.post(`${page.url()}/pdf`, { form: { token: 'A'.repeat(43) } })).status()).toBe(400)

  const patientContext = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })
  const patient = await patientContext.newPage()
  const response = await patient.goto(shareUrl)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['referrer-policy']).toBe('same-origin')
  expect(response?.headers()['cache-control']).toContain('no-store')
  await expect(patient.getByRole('heading', { level: 1, name: 'Upper back pain during sleep' })).toBeVisible()
  await expect(patient.getByText('Prepared for Jane Doe')).toBeVisible()
  await expect(patient.getByText('daughter')).toHaveCount(0)
  await expect(patient.getByRole('heading', { name: 'Your care team’s instructions' })).toBeVisible()
  await expect(patient.getByRole('heading', { name: 'More ways to ease the pain' })).toBeVisible()
  // Readable on a phone: nothing wider than the screen.
  const overflow = await patient.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)

  const patientDownload = patient.waitForEvent('download')
  await patient.getByRole('link', { name: 'Download PDF' }).click()
  const patientPdfBytes = await fs.readFile((await (await patientDownload).path())!)
  const patientPdf = await extractPdfText(patientPdfBytes)
  const patientText = patientPdf.text.replace(/\s+/g, ' ')
  expect(patientText).toContain('Jane Doe')
  expect(patientText).toContain('How to lie in bed so your back hurts less')
  // The patient's copy links back to the accessible web version, as text and as a QR code.
  // Long URLs wrap in the PDF, so compare without spaces; the host is the share route's business, the path is the link.
  expect(patientText.replace(/\s+/g, '')).toContain(`Readthishandoutonline:`)
  expect(patientText.replace(/\s+/g, '')).toContain(new URL(shareUrl).pathname)
  const patientPdfLayout = await inspectPdfLayout(patientPdfBytes)
  expect(patientPdfLayout.reduce((images, pdfPage) => images + pdfPage.imageCount, 0)).toBe(patientPdfLayout.length + 1)

  // The clinic revokes the link, confirming which one; the patient's reload says the handout is no longer available.
  await expect(page.getByRole('cell', { name: /daughter/ })).toBeVisible()
  await page.getByText(/^Revoke… link “daughter”/).click()
  await expect(page.getByText(/^Revoke the link “daughter” \(…[A-Za-z0-9_-]+\)\?/)).toBeVisible()
  await page.getByRole('button', { name: /^Revoke link “daughter”/ }).click()
  await expect(page.getByRole('cell', { name: 'Revoked' })).toBeVisible()
  await patient.reload()
  await expect(patient.getByRole('heading', { name: 'This handout is no longer available' })).toBeVisible()
  await expect(patient.getByText('Prepared for Jane Doe')).toHaveCount(0)
  await patientContext.close()

  // My handouts shows the handout with its share status.
  await page.getByRole('link', { name: 'My handouts' }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Jane Doe' }).first()).toContainText('0 active of 1 link')
})

test('journey: an unknown share token gets a 404 page', async ({ page }) => {
  const response = await page.goto(`/p/${'x'.repeat(43)}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  const malformed = await page.goto('/p/not-a-token')
  expect(malformed?.status()).toBe(404)
})
