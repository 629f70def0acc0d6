import fs from 'node:fs/promises'

import { expect, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'
import { extractPdfText } from '../tests/support/extractPdfText'
import { inspectPdfLayout } from '../tests/support/inspectPdfLayout'

const TOPIC_PATH = '/library/upper-back-pain-during-sleep'
const MAIN_MESSAGE_START = 'Sleep on your back with one pillow under your neck and one under your knees'
const BACK_SLEEPING_ALT = 'A person lies flat on their back in bed. One pillow is under the neck and one pillow is under the knees.'
const SHOULDER_ROLL_ALT = 'Two steps of a shoulder roll. First, both shoulders lift up toward the ears. Then the shoulders roll back and down.'

/** Positions of the phrases in the text, each after the one before; -1 where a phrase is missing or out of order. */
function inOrder(text: string, phrases: string[]): number[] {
  let from = 0
  return phrases.map((phrase) => {
    const at = text.indexOf(phrase, from)
    if (at >= 0) from = at + phrase.length
    return at
  })
}

test('patient: sees the main message first, then the warning signs with 911 first, on the page and in the PDF', async ({ page, browser }) => {
  // The clinician: the topic page opens with the main message, and the handout is made from the seeded topic.
  await page.goto(TOPIC_PATH)
  await signInThroughForm(page)
  await expect(page.getByRole('heading', { level: 2, name: 'The main thing to know' })).toBeVisible()
  await expect(page.locator('.main-message').first()).toContainText(MAIN_MESSAGE_START)

  for (const section of [
    'How to lie in bed so your back hurts less',
    'Lie on your back. Put one pillow under your neck and one under your knees.',
    'Shoulder rolls',
    'Lift your shoulders up to your ears. Then roll them back and down.',
    'Your plan',
    'When to get help now',
  ]) {
    await page.getByRole('checkbox', { name: section, exact: true }).check()
  }
  // The preview shows the same order as the handout: main message, warning signs, then the rest.
  const preview = (await page.getByRole('region', { name: /^Preview/ }).innerText()).replace(/\s+/g, ' ')
  expect(inOrder(preview, ['The main thing to know', MAIN_MESSAGE_START, 'When to get help now', 'How to lie in bed'])).not.toContain(-1)

  await page.getByLabel('Patient name').fill('Robin Vale')
  await page.getByLabel('Instructions for this patient').fill('Use a heat pad for 15 minutes before bed.')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  await expect(page.getByRole('article').getByRole('heading', { level: 2 }).first()).toHaveText('The main thing to know')

  await page.getByRole('radio', { name: /6-digit access code/ }).check()
  await page.getByRole('button', { name: 'Create share link' }).click()
  const shareUrl = await page.getByLabel('Patient link').inputValue()
  const accessCode = (await page.getByTestId('access-code').textContent())!

  // The patient, on a phone, with no account.
  const patientContext = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })
  const patient = await patientContext.newPage()
  await patient.goto(shareUrl)
  await patient.getByLabel('Access code').fill(accessCode)
  await patient.getByRole('button', { name: 'Show my handout' }).click()
  await expect(patient.getByRole('heading', { level: 1, name: 'Upper back pain during sleep' })).toBeVisible()

  const main = patient.getByRole('main')
  await expect(main.getByRole('heading', { level: 2 })).toHaveText([
    'The main thing to know',
    'When to get help now',
    'Your care team’s instructions',
    'How to lie in bed so your back hurts less',
    'Lie on your back. Put one pillow under your neck and one under your knees.',
    'Your plan',
    'Shoulder rolls',
    'Lift your shoulders up to your ears. Then roll them back and down.',
    'Next steps',
  ])
  await expect(main.locator('.main-message')).toContainText(MAIN_MESSAGE_START)
  await expect(main.locator('.main-message')).toContainText('Upper back pain at night is common.')
  const tiers = main.locator('.warning-signs').getByRole('heading', { level: 3 })
  await expect(tiers).toHaveText(['Call 911 now', 'Call your doctor now or today', /^Watch closely: call your doctor if not better in 2 weeks/])
  await expect(tiers.first().getByRole('link', { name: 'Call 911 now' })).toHaveAttribute('href', 'tel:911')
  // The two pictures, loaded, with their alt text and captions.
  for (const alt of [BACK_SLEEPING_ALT, SHOULDER_ROLL_ALT]) {
    const image = main.getByRole('img', { name: alt })
    // Loaded lazily, as a patient scrolls to it.
    await image.scrollIntoViewIfNeeded()
    await expect(image).toBeVisible()
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true)
  }
  await expect(main.locator('figcaption')).toHaveText([
    'Lie on your back. Put one pillow under your neck and one under your knees.',
    'Lift your shoulders up to your ears. Then roll them back and down.',
  ])
  const pageText = (await main.innerText()).replace(/\s+/g, ' ')
  expect(pageText).not.toMatch(/spinal cord/i)

  // The patient's PDF, parsed back to text: the same order, and the two pictures embedded.
  const download = patient.waitForEvent('download')
  await patient.getByRole('link', { name: 'Download PDF' }).click()
  const pdfBytes = await fs.readFile((await (await download).path())!)
  const pdfText = (await extractPdfText(pdfBytes)).text.replace(/\s+/g, ' ')
  const order = inOrder(pdfText, [
    'The main thing to know',
    MAIN_MESSAGE_START,
    'Upper back pain at night is common.',
    'When to get help now',
    'Call 911 now',
    'Chest pain',
    'Call your doctor now or today',
    'Watch closely',
    'Your care team’s instructions',
    'How to lie in bed so your back hurts less',
    'Your plan',
  ])
  expect(order, pdfText.slice(0, 1500)).not.toContain(-1)
  const layout = await inspectPdfLayout(pdfBytes)
  // The clinic logo on every page, the QR code once, and the two illustrations.
  expect(layout.reduce((images, pdfPage) => images + pdfPage.imageCount, 0)).toBe(layout.length + 1 + 2)
  await patientContext.close()
})
