import fs from 'node:fs/promises'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type Response, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'
import { extractPdfText } from '../tests/support/extractPdfText'

const TOPIC_PATH = '/library/upper-back-pain-during-sleep'
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Zero axe violations at a small phone (320 px) and a desktop (1280 px) width. */
async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 })
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    expect(violations.map((violation) => `${label} @${width}px: ${violation.id} — ${violation.help}`)).toEqual([])
  }
  await page.setViewportSize({ width: 375, height: 740 })
}

function expectPatientHeaders(response: Pick<Response, 'headers' | 'status' | 'url'>): void {
  const headers = response.headers()
  const where = `${response.status()} ${new URL(response.url()).pathname.replace(/[A-Za-z0-9_-]{43}/, '<token>')}`
  expect(headers['referrer-policy'], where).toBe('same-origin')
  expect(headers['x-robots-tag'], where).toContain('noindex')
  expect(headers['cache-control'], where).toBe('private, no-store')
  expect(headers['x-content-type-options'], where).toBe('nosniff')
  expect(headers['content-security-policy'], where).toContain("default-src 'none'")
  expect(headers['content-security-policy'], where).not.toContain('unsafe-inline')
}

test('patient: opens a shared handout with an access code on a phone, downloads it, and loses it when revoked', async ({ page, browser, baseURL }) => {
  // The clinician builds a handout and shares it with an access code, for 7 days.
  await page.goto(TOPIC_PATH)
  await signInThroughForm(page)
  const workspaceLogo = page.getByRole('banner').getByRole('img', { name: 'Careleaf Demo Clinic' })
  await expect(workspaceLogo).toBeVisible()
  await expect.poll(() => workspaceLogo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true)
  await page.getByRole('checkbox', { name: 'How to lie in bed so your back hurts less' }).check()
  await page.getByRole('checkbox', { name: 'When to get help now' }).check()
  await page.getByLabel('Patient name').fill('Sam Rivera')
  await page.getByLabel('Instructions for this patient').fill('Use a heat pad for 15 minutes before bed. If the pain spreads to your chest, call 911.')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)

  await page.getByLabel('Link expires after').selectOption('7')
  await page.getByRole('radio', { name: /6-digit access code/ }).check()
  await page.getByRole('button', { name: 'Create share link' }).click()
  const shareUrl = await page.getByLabel('Patient link').inputValue()
  expect(shareUrl).toMatch(new RegExp(`^${baseURL}/p/[A-Za-z0-9_-]{43}$`))
  const token = shareUrl.split('/p/')[1]!
  const accessCode = (await page.getByTestId('access-code').textContent())!
  expect(accessCode).toMatch(/^\d{6}$/)
  await expect(page.getByRole('img', { name: 'QR code: scan it with a phone camera to open the handout' })).toBeVisible()
  await expect(page.getByText(/^Expires /)).toBeVisible()

  // The paper copy for this link carries the URL and the access code.
  const printoutDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF with this link' }).click()
  const printout = (await extractPdfText(await fs.readFile((await (await printoutDownload).path())!))).text.replace(/\s+/g, ' ')
  expect(printout).toContain(`Access code: ${accessCode}`)
  expect(printout.replace(/\s/g, '')).toContain(shareUrl)

  // The patient: a fresh phone-sized context, no cookies. Every response under /p/ is checked; nothing leaves our origin.
  const patientContext = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })
  const patient = await patientContext.newPage()
  const patientResponses: Response[] = []
  const foreignRequests: string[] = []
  const internalRedirects: string[] = []
  patient.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/p/')) return
    // A 307 without a Date header is one Chromium made itself: a retry it would send again to the server
    // (as Payload's Critical-CH once caused, doubling every first open). There must be none.
    if (response.status() === 307 && !response.headers()['date']) internalRedirects.push(response.url())
    else patientResponses.push(response)
  })
  patient.on('request', (request) => {
    if (!request.url().startsWith(`${baseURL}/`)) foreignRequests.push(request.url())
  })

  const first = await patient.goto(shareUrl)
  expect(first?.status()).toBe(200)
  await expect(patient.getByRole('heading', { level: 1, name: 'Confirm it is you' })).toBeVisible()
  await expect(patient.getByText('Sam Rivera')).toHaveCount(0)
  await expectNoAxeViolations(patient, 'access-code form')

  await patient.getByLabel('Access code').fill(accessCode === '000000' ? '111111' : '000000')
  await patient.getByRole('button', { name: 'Show my handout' }).click()
  await expect(patient.getByRole('alert')).toContainText('That access code is not right')
  await expectNoAxeViolations(patient, 'access-code form with error')

  await patient.getByLabel('Access code').fill(`${accessCode.slice(0, 3)} ${accessCode.slice(3)}`)
  await patient.getByRole('button', { name: 'Show my handout' }).click()
  await expect(patient.getByRole('heading', { level: 1, name: 'Upper back pain during sleep' })).toBeVisible()
  await expect(patient.getByText('Prepared for Sam Rivera')).toBeVisible()
  // The main message first, then "When to get help now", before the care team's instructions and the chosen sections.
  await expect(patient.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'The main thing to know',
    'When to get help now',
    'Your care team’s instructions',
    'How to lie in bed so your back hurts less',
    'Next steps',
  ])
  // The clinic logo (seeded) loads from our own origin under the page's CSP, named by the clinic.
  // "Call 911" is a tappable phone link like the clinic phone, in the clinician's own words too.
  const instructions = patient.getByRole('region', { name: 'Your care team’s instructions' })
  await expect(instructions.getByRole('link', { name: 'call 911', exact: true })).toHaveAttribute('href', 'tel:911')
  const logo = patient.getByRole('banner').getByRole('img', { name: 'Careleaf Demo Clinic' })
  await expect(logo).toBeVisible()
  await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true)
  const overflow = await patient.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(patient, 'shared handout')

  // Keyboard only: the first Tab reaches a visible skip link that moves focus to the content.
  await patient.keyboard.press('Tab')
  const skip = patient.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none')
  await patient.keyboard.press('Enter')
  await expect(patient.locator('main')).toBeFocused()
  await patient.keyboard.press('Tab')
  await expect(patient.getByRole('link', { name: 'Download PDF' })).toBeFocused()

  const patientDownload = patient.waitForEvent('download')
  await patient.getByRole('link', { name: 'Download PDF' }).click()
  const patientPdf = (await extractPdfText(await fs.readFile((await (await patientDownload).path())!))).text.replace(/\s+/g, ' ')
  expect(patientPdf).toContain('Sam Rivera')
  expect(patientPdf).not.toContain(accessCode)

  // The clinician sees that it was opened.
  await page.reload()
  await expect(page.getByRole('cell', { name: /^Opened 1×, last .* · PDF 1×$/ })).toBeVisible()

  // Downloads are not page responses: fetch the PDF once more with the patient's cookie to check its headers.
  const pdfResponse = await patient.request.get(`${shareUrl}/pdf`)
  expect(pdfResponse.status()).toBe(200)
  expect(pdfResponse.headers()['content-type']).toBe('application/pdf')
  expectPatientHeaders(pdfResponse)

  // The clinician revokes (confirming which link); the patient's reload says the handout is no longer available (not
  // "expired"), with 410, the clinic phone and the emergency line, both tappable.
  await page.getByText(/^Revoke… link/).click()
  await page.getByRole('button', { name: /^Revoke link/ }).click()
  await expect(page.getByRole('cell', { name: 'Revoked' })).toBeVisible()
  const gone = await patient.reload()
  expect(gone?.status()).toBe(410)
  await expect(patient.getByRole('heading', { level: 1, name: 'This handout is no longer available' })).toBeVisible()
  await expect(patient.getByText(/expired/)).toHaveCount(0)
  await expect(patient.getByRole('link', { name: '(555) 010-0199' })).toHaveAttribute('href', 'tel:5550100199')
  await expect(patient.getByRole('link', { name: 'call 911' })).toHaveAttribute('href', 'tel:911')
  await expect(patient.getByText('Sam Rivera')).toHaveCount(0)
  await expectNoAxeViolations(patient, 'revoked link')

  expect(foreignRequests).toEqual([])
  expect(internalRedirects).toEqual([])
  // Form, wrong code (403), right code (303), handout (200), expired (410).
  expect(patientResponses.map((response) => response.status())).toEqual(expect.arrayContaining([200, 403, 303, 410]))
  for (const response of patientResponses) expectPatientHeaders(response)
  await patientContext.close()

  // The server log names links only by their short id, never by token.
  await expect.poll(async () => (await fs.readFile(path.join('test-results', 'e2e-server.log'), 'utf8')).includes(token)).toBe(false)
})

test('patient: 200 random well-formed tokens are all unknown (404), with the patient headers', async ({ request }) => {
  for (let i = 0; i < 200; i += 1) {
    const token = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url')
    const response = await request.get(`/p/${token}`)
    expect(response.status()).toBe(404)
    const headers = response.headers()
    expect(headers['referrer-policy']).toBe('same-origin')
    expect(headers['cache-control']).toBe('private, no-store')
    expect(headers['x-robots-tag']).toContain('noindex')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['content-security-policy']).toContain("default-src 'none'")
  }
})

test('patient: an unknown link and a malformed one get the same 404 page, with the clinic and its phone', async ({ page, request }) => {
  const unknownToken = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url')
  const unknown = await request.get(`/p/${unknownToken}`)
  const malformed = await request.get('/p/not-a-real-link')
  expect([unknown.status(), malformed.status()]).toEqual([404, 404])
  expect(await malformed.text()).toBe(await unknown.text())

  const response = await page.goto('/p/not-a-real-link')
  expect(response?.status()).toBe(404)
  expectPatientHeaders(response!)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  // No handout, so no handout language: the page says it in Spanish too, in a part of its own.
  await expect(page.getByRole('region', { name: 'Página no encontrada' })).toHaveAttribute('lang', 'es-US')
  await expect(page.getByRole('banner')).toContainText('Careleaf Demo Clinic')
  await expect(page.getByRole('link', { name: '(555) 010-0199' }).first()).toHaveAttribute('href', 'tel:5550100199')
  await expect(page.getByRole('link', { name: 'call 911' })).toHaveAttribute('href', 'tel:911')
  await expectNoAxeViolations(page, 'unknown link')
})
