import crypto from 'node:crypto'

import AxeBuilder from '@axe-core/playwright'
import { type Browser, expect, type Page, test } from '@playwright/test'

import { addCheckSection, editorToken, publishTopic } from './editorTopicApi'
import { signInThroughForm } from './fixtures'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const PHONE = { width: 390, height: 844 }

/** Zero axe violations at a small phone (320 px) and a desktop (1280 px) width, then back to the phone. */
async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 })
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    expect(violations.map((violation) => `${label} @${width}px: ${violation.id} — ${violation.help}`)).toEqual([])
  }
  await page.setViewportSize(PHONE)
}

async function phone(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE, isMobile: true, hasTouch: true })
  return context.newPage()
}

/**
 * The patient reads a handout whose topic checks understanding: answers one question wrong, reads why and follows
 * the link back to the section it checks, then answers again and gets it right. The same without JavaScript.
 */
async function answerWrongThenRight(patient: Page, shareUrl: string, { javaScript }: { javaScript: boolean }): Promise<void> {
  // axe runs in the page: only with JavaScript.
  const checkAccessibility = javaScript
  await patient.goto(shareUrl)
  const part = patient.getByRole('region', { name: 'Check your understanding' })
  await expect(part).toBeVisible()
  // The page's one script shows the Print button: proof of which way the page is being read.
  await expect(patient.getByRole('button', { name: 'Print' })).toHaveCount(javaScript ? 1 : 0)
  if (checkAccessibility) await expectNoAxeViolations(patient, 'questions')

  const pillow = () => patient.getByRole('group', { name: /Where will you put the pillow tonight\?/ })
  const bed = () => patient.getByRole('group', { name: /You should stay in bed for a week\./ })
  await pillow().getByRole('radio', { name: 'Under my feet' }).check()
  await bed().getByRole('radio', { name: 'False' }).check()
  await patient.getByRole('button', { name: 'Check my answers' }).click()

  // The same page, with the result focused (read first by a screen reader) and each answer explained.
  await expect(patient.getByRole('heading', { level: 1 })).toHaveText(/^Sleeping with back pain/)
  const result = patient.getByText('You got 1 of 2 right.')
  await expect(result).toBeVisible()
  await expect(patient.locator('.check-result')).toBeFocused()
  await expect(pillow()).toContainText('Not quite. A pillow between your knees keeps your back straight.')
  await expect(pillow()).toHaveAccessibleDescription(/Not quite\. A pillow between your knees keeps your back straight\./)
  await expect(bed()).toContainText('Right. Rest a day or two, then move a little more each day.')
  await expect(pillow().getByRole('radio', { name: 'Under my feet' })).toBeChecked()
  if (checkAccessibility) await expectNoAxeViolations(patient, 'answers with one wrong')

  // Back to the section the missed question checks.
  await pillow().getByRole('link', { name: 'How to lie in bed' }).click()
  await expect(patient).toHaveURL(/#s-[0-9a-f]+$/)
  await expect(patient.getByRole('heading', { level: 2, name: 'How to lie in bed' })).toBeInViewport()

  // Read again; try again.
  await pillow().getByRole('radio', { name: 'Between my knees' }).check()
  await patient.getByRole('button', { name: 'Check my answers' }).click()
  await expect(patient.getByText('You got 2 of 2 right.')).toBeVisible()
  await expect(patient.locator('.check-result')).toBeFocused()
  await expect(pillow()).toContainText('Right. A pillow between your knees keeps your back straight.')
  await expect(pillow().getByRole('link')).toHaveCount(0)

  // Coming back later: the handout with its questions fresh.
  await patient.goto(shareUrl)
  await expect(patient.getByText(/You got/)).toHaveCount(0)
  await expect(pillow().getByRole('radio', { name: 'Between my knees' })).not.toBeChecked()
}

test('patient: checks their understanding on a phone, one wrong then right, with and without JavaScript', async ({ page, request, browser, baseURL }) => {
  test.setTimeout(180_000)
  // The content team's topic, with questions tied to its sections.
  const token = await editorToken(request)
  const suffix = crypto.randomBytes(3).toString('hex')
  const topic = await publishTopic(request, token, {
    title: `Sleeping with back pain ${suffix}`,
    slug: `sleeping-back-pain-${suffix}`,
    summary: 'Lie on your side with a pillow between your knees.',
    sections: [
      { heading: 'How to lie in bed', text: 'Lie on your side. Put a pillow between your knees.' },
      { heading: 'Rest', text: 'Rest for a day or two, then move a little more each day.' },
    ],
  })
  await addCheckSection(request, token, topic, [
    {
      checks: 'How to lie in bed',
      prompt: 'Where will you put the pillow tonight?',
      explanation: 'A pillow between your knees keeps your back straight.',
      answer: { options: ['Between my knees', 'Under my feet'] },
    },
    {
      checks: 'Rest',
      prompt: 'You should stay in bed for a week.',
      explanation: 'Rest a day or two, then move a little more each day.',
      answer: { statement: 'false' },
    },
  ])

  // The clinician gives it, questions included, and shares a link without a patient check.
  await page.goto(`/library/${topic.slug}`)
  await signInThroughForm(page)
  for (const section of ['How to lie in bed', 'Rest', 'Check your understanding']) await page.getByRole('checkbox', { name: section, exact: true }).check()
  await page.getByLabel('Patient name').fill('Sam Check')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  await page.getByRole('radio', { name: 'None' }).check()
  await page.getByRole('button', { name: 'Create share link' }).click()
  const shareUrl = await page.getByLabel('Patient link').inputValue()
  expect(shareUrl.startsWith(`${baseURL}/p/`)).toBe(true)

  await answerWrongThenRight(await phone(browser, true), shareUrl, { javaScript: true })
  await answerWrongThenRight(await phone(browser, false), shareUrl, { javaScript: false })

  // A question left out: an error summary, announced and focused, that links to it; the answer given is kept.
  const patient = await phone(browser, true)
  await patient.goto(shareUrl)
  await patient
    .getByRole('group', { name: /You should stay in bed for a week\./ })
    .getByRole('radio', { name: 'True' })
    .check()
  await patient.getByRole('button', { name: 'Check my answers' }).click()
  const alert = patient.getByRole('alert')
  await expect(alert).toContainText('There is a problem')
  await expect(alert).toBeFocused()
  await expect(patient.getByRole('group', { name: /You should stay in bed for a week\./ }).getByRole('radio', { name: 'True' })).toBeChecked()
  await expectNoAxeViolations(patient, 'a question left out')
  await alert.getByRole('link', { name: 'Choose an answer to question 1.' }).click()
  await expect(patient.getByRole('radio', { name: 'Between my knees' })).toBeFocused()

  // Whatever else is posted to a live link's answers: a calm 4xx, never a 500 or a word about the server.
  for (const junk of ['', '\u0000', '<script>alert(1)</script>', 'A'.repeat(3_000), '__proto__', '😀'.repeat(40)]) {
    const response = await request.post(`${shareUrl}/answers`, { form: { section: junk, [`q-${junk}`]: junk }, maxRedirects: 0 })
    expect(response.status(), JSON.stringify(junk.slice(0, 20))).toBeGreaterThanOrEqual(400)
    expect(response.status(), JSON.stringify(junk.slice(0, 20))).toBeLessThan(500)
    expect(await response.text()).not.toMatch(/node_modules|TypeError|\n\s+at /)
  }
})
