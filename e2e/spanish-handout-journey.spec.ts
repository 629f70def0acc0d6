import crypto from 'node:crypto'
import fs from 'node:fs/promises'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'

import { editorToken } from './editorTopicApi'
import { demoEditor, demoReviewer, signInThroughForm, signInToAdmin } from './fixtures'
import { paragraphsToRichText } from '../lib/content/lexical'
import { extractPdfText } from '../tests/support/extractPdfText'

/** The English of the test topic, and what the translator sends back for each text. */
const SPANISH: Record<string, string> = {
  'Rest your ankle for a day, then walk a little more each day.': 'Descanse el tobillo un día. Luego camine un poco más cada día.',
  'A short guide for a sore ankle.': 'Una guía corta para el tobillo adolorido.',
  Rest: 'Descanso',
  'Rest your ankle for a day. Keep it up on a pillow.': 'Descanse el tobillo un día. Póngalo en alto sobre una almohada.',
  Ice: 'Hielo',
  'Put ice in a towel on your ankle each morning for 10 minutes.': 'Cada mañana, ponga hielo envuelto en una toalla sobre el tobillo por 10 minutos.',
  'When to get help now': 'Cuándo pedir ayuda de inmediato',
  'Your foot turns cold or blue': 'El pie se pone frío o azul',
  'You cannot stand on it': 'No puede pararse',
  'sore ankle': 'tobillo adolorido',
}

/** A translator's work: every source text gets its Spanish target (the test topic's texts have no inline markup). */
function translateXliff(xml: string, title: string, spanishTitle: string): string {
  const dictionary: Record<string, string> = { ...SPANISH, [title]: spanishTitle }
  return xml.replace(/<source>([^<]*)<\/source>(<target>[^<]*<\/target>)?/g, (_match, source: string) => {
    const target = dictionary[source]
    if (!target) throw new Error(`No Spanish for “${source}”`)
    return `<source>${source}</source><target>${target}</target>`
  })
}

// The translation panel reloads the whole admin page after an import or an approval: on two busy cores the admin takes
// several seconds to hydrate again and fetch the panel's state, more than the default 10 s expect timeout allows.
const AFTER_ADMIN_RELOAD = { timeout: 30_000 }

async function adminPage(browser: Browser, account: { email: string; password: string }, topicId: number): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage()
  await signInToAdmin(page, account)
  await page.goto(`/admin/collections/topics/${topicId}?locale=es`)
  // Someone may still hold the edit lock (the other role a moment ago): take over, as one would in the admin.
  const takeOver = page.getByRole('button', { name: 'Take over' })
  if (
    await takeOver.waitFor({ state: 'visible', timeout: 3_000 }).then(
      () => true,
      () => false,
    )
  )
    await takeOver.click()
  await page.getByRole('button', { name: 'Translation' }).click()
  return page
}

test('Spanish: an editor imports a translation, a reviewer approves it, a clinician gives it, the patient reads it on a phone', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const token = await editorToken(request)
  const suffix = crypto.randomBytes(3).toString('hex')
  const title = `Sore ankle ${suffix}`
  const spanishTitle = `Tobillo adolorido ${suffix}`
  const authorization = { Authorization: `JWT ${token}` }

  // A published English topic (the reviewer's script): two text sections, tiered warning signs, a source.
  const created = await request.post('/api/topics?draft=true', {
    headers: authorization,
    data: {
      title,
      slug: `sore-ankle-${suffix}`,
      summary: 'A short guide for a sore ankle.',
      mainMessage: 'Rest your ankle for a day, then walk a little more each day.',
      keywords: ['sore ankle'],
      sources: [{ citation: 'NHS. Ankle pain.' }],
      _status: 'draft',
      sections: [
        { blockType: 'text', heading: 'Rest', body: paragraphsToRichText(['Rest your ankle for a day. Keep it up on a pillow.']) },
        { blockType: 'text', heading: 'Ice', body: paragraphsToRichText(['Put ice in a towel on your ankle each morning for 10 minutes.']) },
        {
          blockType: 'warningSigns',
          heading: 'When to get help now',
          signs: [
            { text: 'Your foot turns cold or blue', tier: 'emergency' },
            { text: 'You cannot stand on it', tier: 'today' },
          ],
        },
      ],
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const draft = ((await created.json()) as { doc: { id: number; qualityFlags?: string[]; sections: Array<Record<string, unknown>> } }).doc
  const published = await request.patch(`/api/topics/${draft.id}`, {
    headers: authorization,
    data: { _status: 'published', acknowledgedFlags: draft.qualityFlags ?? [] },
  })
  expect(published.status(), await published.text()).toBe(200)

  // The editor downloads the XLIFF file for the translator, and imports the translated file as a machine draft.
  const editor = await adminPage(browser, demoEditor, draft.id)
  await expect(editor.getByText('Spanish: Not started')).toBeVisible(AFTER_ADMIN_RELOAD)
  const download = editor.waitForEvent('download')
  await editor.getByRole('link', { name: 'Download the English text for a translator' }).click()
  const exported = await fs.readFile((await (await download).path())!, 'utf8')
  expect(exported).toContain('urn:oasis:names:tc:xliff:document:2.0')
  await editor.getByLabel('Translated file').setInputFiles({
    name: `sore-ankle.es.xlf`,
    mimeType: 'application/xliff+xml',
    buffer: Buffer.from(translateXliff(exported, title, spanishTitle)),
  })
  await editor.getByRole('radio', { name: /^A machine/ }).check()
  await editor.getByRole('button', { name: 'Import the translated file' }).click()
  await expect(editor.getByText('Spanish: Draft · machine draft')).toBeVisible(AFTER_ADMIN_RELOAD)
  await expect(editor.getByRole('cell', { name: 'Cuándo pedir ayuda de inmediato El pie se pone frío o azul No puede pararse' })).toBeVisible()
  await editor.context().close()

  // The reviewer compares side by side, confirms it, and approves: only then does it reach patients.
  const reviewer = await adminPage(browser, demoReviewer, draft.id)
  const approve = reviewer.getByRole('button', { name: 'Approve and publish Spanish' })
  await expect(approve).toBeDisabled(AFTER_ADMIN_RELOAD)
  await reviewer.getByLabel(/I compared every section of this machine draft/).check()
  await approve.click()
  await expect(reviewer.getByText(/Spanish: Approved · machine draft · patients get the version approved on/)).toBeVisible(AFTER_ADMIN_RELOAD)
  await reviewer.context().close()

  // Later, the English gains a section no one has translated yet.
  const current = (await (await request.get(`/api/topics/${draft.id}?depth=0`, { headers: authorization })).json()) as {
    sections: Array<Record<string, unknown>>
  }
  const revised = await request.patch(`/api/topics/${draft.id}`, {
    headers: authorization,
    data: {
      _status: 'published',
      sections: [...current.sections, { blockType: 'text', heading: 'Exercise', body: paragraphsToRichText(['Draw circles with your foot.']) }],
    },
  })
  expect(revised.status(), await revised.text()).toBe(200)

  // The clinician builds a Spanish handout: the untranslated section is marked, and left out.
  await page.goto(`/handouts/new?topic=sore-ankle-${suffix}`)
  await signInThroughForm(page)
  await page.getByLabel('Language').selectOption('es')
  await expect(page.getByText('No Spanish translation')).toBeVisible()
  for (const heading of ['Rest', 'Ice', 'Exercise']) await page.getByRole('checkbox', { name: heading, exact: true }).check()
  await page.getByLabel('Patient name').fill('Begoña Núñez')
  const followUp = new Date(Date.now() + 40 * 24 * 3600 * 1000).toISOString().slice(0, 10)
  await page.getByLabel('Follow-up date').fill(followUp)
  await page.getByRole('button', { name: 'Create handout' }).click()
  // Not chosen yet: the builder asks, and nothing is created.
  await expect(page.getByRole('alert').getByRole('link', { name: /no approved translation in this language/ })).toBeVisible()
  await page.getByRole('radio', { name: 'Leave it out' }).check()
  const preview = page.getByRole('region', { name: /^Preview/ })
  await expect(preview).toContainText('Descanso')
  await expect(preview).not.toContainText('Draw circles')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  await page.getByRole('radio', { name: /6-digit access code/ }).check()
  await page.getByRole('button', { name: 'Create share link' }).click()
  const shareUrl = await page.getByLabel('Patient link').inputValue()
  const accessCode = (await page.getByTestId('access-code').textContent())!

  // The patient, on a phone: the page, the access form and the handout speak Spanish.
  const patientContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const patient = await patientContext.newPage()
  await patient.goto(shareUrl)
  await expect(patient.locator('html')).toHaveAttribute('lang', /^es\b/)
  await patient.getByLabel('Código de acceso').fill(accessCode)
  await patient.getByRole('button', { name: 'Ver mi folleto' }).click()
  await expect(patient.getByRole('heading', { level: 1, name: spanishTitle })).toBeVisible()
  await expect(patient.locator('html')).toHaveAttribute('lang', /^es\b/)
  const main = patient.getByRole('main')
  const headings = await main.getByRole('heading', { level: 2 }).allInnerTexts()
  expect(headings).toEqual(expect.arrayContaining(['Lo más importante', 'Cuándo pedir ayuda de inmediato', 'Descanso', 'Hielo']))
  expect(headings).not.toContain('Exercise')
  await expect(main.locator('.warning-signs').getByRole('heading', { level: 3 }).first()).toHaveText('Llame al 911 ahora')
  const { violations } = await new AxeBuilder({ page: patient }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])

  // The PDF, parsed back: Spanish text with its accents and ñ, and a Spanish date.
  const pdfDownload = patient.waitForEvent('download')
  await patient.getByRole('link', { name: 'Descargar el PDF' }).click()
  const pdfText = (await extractPdfText(await fs.readFile((await (await pdfDownload).path())!))).text.replace(/\s+/g, ' ')
  for (const phrase of ['Cuándo pedir ayuda de inmediato', 'Cada mañana, ponga hielo', 'Póngalo en alto', 'Begoña Núñez', 'Llame al 911 ahora']) {
    expect(pdfText, phrase).toContain(phrase)
  }
  const [year, month, day] = followUp.split('-').map(Number)
  const spanishDate = new Intl.DateTimeFormat('es-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  )
  expect(pdfText).toContain(spanishDate)
  expect(pdfText).not.toContain('Draw circles')
  await patientContext.close()
})
