import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, type Page, test } from '@playwright/test'

import { editorToken, publishTopic, reviseSection } from './editorTopicApi'
import { signInThroughForm } from './fixtures'
import { extractPdfText } from '../tests/support/extractPdfText'
import { inspectPdfLayout } from '../tests/support/inspectPdfLayout'

const run = promisify(execFile)

async function downloadPdf(page: Page): Promise<Buffer> {
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download PDF' }).click()
  const download = await downloadPromise
  return fs.readFile((await download.path())!)
}

/** Renders page 1 with poppler's pdftoppm (installed by .ci/run) and returns the PNG. */
async function renderFirstPage(pdf: Buffer): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'careleaf-pdftoppm-'))
  try {
    await fs.writeFile(path.join(dir, 'handout.pdf'), pdf)
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'handout.pdf'), path.join(dir, 'page')])
    return await fs.readFile(path.join(dir, 'page.png'))
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

const words = (text: string) => text.replace(/\s+/g, ' ')

// A follow-up two weeks ahead: dates in the past are refused, so the test must not hard-code one.
const FOLLOW_UP = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
const FOLLOW_UP_TEXT = `Your follow-up appointment: ${new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${FOLLOW_UP}T12:00:00Z`))}`

test('builder: clinician builds a two-topic, large-print handout in their own order; a later topic edit leaves it unchanged and offers a refresh', async ({
  page,
  request,
}) => {
  const suffix = crypto.randomBytes(3).toString('hex')
  const token = await editorToken(request)
  const knee = await publishTopic(request, token, {
    title: `Knee pain ${suffix}`,
    slug: `knee-pain-${suffix}`,
    summary: 'Easing knee pain at home.',
    sections: [
      { heading: 'Resting the knee', text: 'Rest the knee for two days and raise it on a cushion.' },
      { heading: 'Knee exercises', text: 'Straighten the leg ten times, morning and evening.' },
    ],
  })

  await page.goto('/library/upper-back-pain-during-sleep')
  await signInThroughForm(page)
  await page.getByRole('checkbox', { name: 'How to lie in bed so your back hurts less' }).check()
  await page.getByRole('checkbox', { name: 'More ways to ease the pain' }).check()

  // Found by search, as in the library (the builder no longer lists every title).
  await page.getByLabel('Add another topic').fill(`knee ${suffix}`)
  await page.getByLabel('Add another topic').press('Enter')
  await expect(page.getByRole('status').filter({ hasText: `1 topic matches “knee ${suffix}”.` })).toBeVisible()
  await expect(page).toHaveURL(/\/library\/upper-back-pain-during-sleep$/)
  await page.getByRole('button', { name: `Add ${knee.title}` }).click()
  await page.getByRole('checkbox', { name: 'Knee exercises' }).check()

  // Keyboard-accessible reordering: "More ways" (11th) above "How to lie in bed" (2nd), Knee exercises to the top.
  for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Move More ways to ease the pain up' }).click()
  const kneeUp = page.getByRole('button', { name: 'Move Knee exercises up' })
  while (await kneeUp.isEnabled()) await kneeUp.click()
  // Ticked from the start and listed first; moved below Knee exercises in the list, the patient still reads it first on paper
  // and on the phone: so does the preview.
  await expect(page.getByRole('checkbox', { name: 'When to get help now' })).toBeChecked()

  const preview = page.getByRole('region', { name: /^Preview/ })
  const previewText = words(await preview.innerText())
  expect(previewText.indexOf('When to get help now')).toBeGreaterThan(-1)
  expect(previewText.indexOf('When to get help now')).toBeLessThan(previewText.indexOf('Knee exercises'))
  expect(previewText.indexOf('Knee exercises')).toBeGreaterThan(-1)
  expect(previewText.indexOf('Knee exercises')).toBeLessThan(previewText.indexOf('More ways to ease the pain'))
  expect(previewText.indexOf('More ways to ease the pain')).toBeLessThan(previewText.indexOf('How to lie in bed so your back hurts less'))
  expect(previewText).not.toContain('Resting the knee')

  await page.getByLabel('Preferred name').fill('Sam')
  await page.getByLabel('Instructions for this patient').fill('Do the knee exercises before bed.\n\nCall us if the knee swells.')
  await page.getByLabel('Follow-up date').fill('2020-01-01')
  await page.getByLabel('Patient name').fill('Past Date')
  await page.getByRole('button', { name: 'Create handout' }).click()
  // The date picker starts at the clinician's today, and an earlier date is refused before anything is sent, with the
  // server's own rule and words (createHandoutInput), in the error summary.
  expect(await page.getByLabel('Follow-up date').evaluate((input: HTMLInputElement) => input.validity.rangeUnderflow)).toBe(true)
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused()
  await expect(page.getByRole('link', { name: 'The follow-up date is in the past. Choose today or a later date.' })).toBeVisible()
  await expect(page).not.toHaveURL(/\/handouts\/\d+$/)
  await page.getByLabel('Follow-up date').fill(FOLLOW_UP)
  await page.getByRole('checkbox', { name: 'Large print' }).check()
  await expect(preview).toContainText('Hello Sam,')
  await expect(preview).toContainText(FOLLOW_UP_TEXT)

  // A name of spaces is refused (the server's rule, checked before sending): nothing typed or chosen is lost.
  await page.getByLabel('Patient name').fill('   ')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page.getByRole('link', { name: "Enter the patient's name." })).toBeVisible()
  await expect(page.getByLabel('Patient name')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('checkbox', { name: 'Knee exercises' })).toBeChecked()
  await expect(page.getByLabel('Instructions for this patient')).toHaveValue('Do the knee exercises before bed.\n\nCall us if the knee swells.')
  await expect(page.getByRole('checkbox', { name: 'Large print' })).toBeChecked()
  expect(words(await preview.innerText()).indexOf('Knee exercises')).toBeLessThan(
    words(await preview.innerText()).indexOf('How to lie in bed so your back hurts less'),
  )

  const patientName = `Sam Lee ${suffix}`
  await page.getByLabel('Patient name').fill(patientName)
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  const handoutUrl = page.url()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${knee.title} and upper back pain during sleep`)
  await expect(page.getByText('Hello Sam,')).toBeVisible()

  const pdf = await downloadPdf(page)
  const parsed = await extractPdfText(pdf)
  const text = words(parsed.text)
  expect(text).toContain(`Prepared for ${patientName}`)
  // Each topic's main message first, then the warning signs, then the instructions, then the sections in the clinician's order.
  const order = [
    'The main thing to know',
    'Easing knee pain at home.',
    'Sleep on your back with one pillow under your neck',
    'When to get help now',
    'Call 911 now',
    'Your care team’s instructions',
    'Knee exercises',
    'More ways to ease the pain',
    'How to lie in bed so your back hurts less',
    FOLLOW_UP_TEXT,
  ].map((phrase) => text.indexOf(phrase))
  expect(order.every((index) => index >= 0)).toBe(true)
  expect(order).toEqual([...order].sort((a, b) => a - b))
  expect(text).not.toContain('Resting the knee')
  expect(text).toContain('Straighten the leg ten times')
  // Large print: the body paragraph is set at 16 pt or more.
  const runs = (await inspectPdfLayout(pdf)).flatMap((pdfPage) => pdfPage.runs)
  expect(runs.find((pdfRun) => pdfRun.text.includes('Straighten the leg'))?.size).toBeGreaterThanOrEqual(16)
  const png = await renderFirstPage(pdf)
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(png.byteLength).toBeGreaterThan(5_000)

  // The editor revises the topic after the handout was made.
  await reviseSection(request, token, knee, 'Knee exercises', { heading: 'Knee strengthening exercises', text: 'Squat to a chair five times, twice a day.' })

  await page.goto(handoutUrl)
  await expect(page.getByText('Content updated since this handout was made')).toBeVisible()
  const samePdf = await extractPdfText(await downloadPdf(page))
  expect(samePdf.text).toBe(parsed.text)
  expect(samePdf.text).not.toContain('Squat to a chair')

  await page.getByRole('button', { name: 'Refresh with the latest content' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+\?refreshed=1$/)
  await expect(page.getByRole('heading', { name: 'Knee strengthening exercises' })).toBeVisible()
  await expect(page.getByText('Content updated since this handout was made')).toHaveCount(0)

  // My handouts: both revisions are listed; the old one can be duplicated and deleted.
  await page.getByRole('link', { name: 'My handouts' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My handouts' })).toBeVisible()
  const rows = page.getByRole('row').filter({ hasText: patientName })
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText('Not shared')

  await page.goto(handoutUrl)
  await page.getByRole('link', { name: 'Duplicate for another patient' }).click()
  await expect(page).toHaveURL(/\/handouts\/new\?from=\d+$/)
  await expect(page.getByLabel('Patient name')).toHaveValue('')
  // Nothing of the earlier patient comes along unless the clinician asks for the instructions.
  await expect(page.getByLabel('Preferred name')).toHaveValue('')
  await expect(page.getByLabel('Instructions for this patient')).toHaveValue('')
  await expect(page.getByLabel('Follow-up date')).toHaveValue('')
  await expect(page.getByLabel('Contact line')).toHaveValue('')
  await page.getByRole('link', { name: 'Keep the instructions from the earlier handout' }).click()
  await expect(page.getByLabel('Instructions for this patient')).toHaveValue('Do the knee exercises before bed.\n\nCall us if the knee swells.')
  await expect(page.getByLabel('Patient name')).toHaveValue('')
  await expect(page.getByRole('checkbox', { name: 'Large print' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'More ways to ease the pain' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Why your upper back hurts at night' })).not.toBeChecked()

  await page.goto(handoutUrl)
  await page.getByRole('button', { name: 'Delete handout' }).click()
  await page.getByRole('button', { name: 'Yes, delete it' }).click()
  await expect(page).toHaveURL(/\/handouts\?deleted=1$/)
  await expect(page.getByRole('row').filter({ hasText: patientName })).toHaveCount(1)
  const gone = await page.goto(handoutUrl)
  expect(gone?.status()).toBe(404)
  const goneFromBuilder = await page.goto(`/handouts/new?from=${handoutUrl.split('/').at(-1)}`)
  expect(goneFromBuilder?.status()).toBe(404)
})

test('builder: sections reordered by drag and drop and saved as a kit start the next handout in the same order', async ({ page }) => {
  const kitName = `Back care ${crypto.randomBytes(3).toString('hex')}`
  await page.goto('/library/upper-back-pain-during-sleep')
  await signInThroughForm(page)
  await page.getByRole('checkbox', { name: 'Medicines that can cause the pain' }).check()
  await page.getByRole('checkbox', { name: 'What to remember' }).check()
  await page.getByRole('button', { name: 'Move What to remember up' }).click()
  await page.getByRole('button', { name: 'Move What to remember up' }).click()
  // Drag and drop with dnd-kit's keyboard sensor: pick "Why your upper back hurts" up, move it ten places down, drop it.
  await page.getByRole('button', { name: 'Drag to reorder: Why your upper back hurts at night' }).focus()
  await page.keyboard.press('Space')
  // dnd-kit measures the new position after each step's transition; a person's key presses are never faster than this.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('ArrowDown')
    await page.waitForTimeout(250)
  }
  await page.keyboard.press('Space')
  await expect(page.locator('.section-list li label')).toHaveText([
    // Warning signs start ticked at the top of the list, untouched by the drag.
    'When to get help now',
    'How to lie in bed so your back hurts less',
    'Lie on your back. Put one pillow under your neck and one under your knees.',
    'Pick a pillow and a bed that hold you up',
    'Your plan',
    'Shoulder rolls',
    'Lift your shoulders up to your ears. Then roll them back and down.',
    'Tips for sleeping with upper back pain',
    'Health problems that can cause the pain',
    'What to remember',
    'Medicines that can cause the pain',
    'Why your upper back hurts at night',
    'More ways to ease the pain',
    'Check your understanding',
  ])
  await page.getByRole('checkbox', { name: 'Why your upper back hurts at night' }).check()
  await page.getByText('Save this selection as a kit').click()
  await page.getByLabel('Kit name').fill(kitName)
  await page.getByRole('button', { name: 'Save kit' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Kit “${kitName}” saved` })).toBeVisible()

  await page.getByRole('link', { name: 'Kits', exact: true }).click()
  await page.getByRole('link', { name: `Start a handout from the kit ${kitName}` }).click()
  await expect(page.getByText(`Started from the kit “${kitName}”.`)).toBeVisible()
  const checked = page.locator('.section-list input[type=checkbox]:checked')
  await expect(checked).toHaveCount(4)
  const labels = await page
    .locator('.section-list li')
    .filter({ has: page.locator('input:checked') })
    .locator('label')
    .allInnerTexts()
  expect(labels).toEqual(['When to get help now', 'What to remember', 'Medicines that can cause the pain', 'Why your upper back hurts at night'])
})
