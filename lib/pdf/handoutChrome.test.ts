import { describe, expect, it } from 'vitest'

import { handoutTextWidthEms } from './fonts'
import { pageLabelWidthEms, renderHandoutPdf, shareLinkQrPng } from './renderHandoutPdf'
import { extractPdfText } from '../../tests/support/extractPdfText'
import { backPainMainMessage, handoutFixture, tieredWarningSigns } from '../../tests/support/handoutFixtures'
import { inspectPdfLayout } from '../../tests/support/inspectPdfLayout'

const flowing = (text: string) => text.replace(/\s+/g, ' ')

/** The most common font size of body text: the sentence below is a plain paragraph in the fixture. */
function sizeOf(runs: Array<{ text: string; size: number }>, fragment: string): number | undefined {
  return runs.find((run) => run.text.includes(fragment))?.size
}

// Each test renders one to three PDFs: seconds apiece on a loaded shared machine.
describe('handout PDF chrome', { timeout: 30_000 }, () => {
  it('prints the greeting, the follow-up date and the contact line, and names the accessible web version', async () => {
    const pdf = await extractPdfText(
      await renderHandoutPdf(
        handoutFixture({ preferredName: 'Janie', followUpDate: '2026-12-14T12:00:00.000Z', contactLine: 'Call Nurse Ann on (555) 010-0142' }),
      ),
    )
    const text = flowing(pdf.text)
    expect(text).toContain('Hello Janie,')
    expect(text).toContain('Your follow-up appointment: December 14, 2026')
    expect(text).toContain('Questions? Call Nurse Ann on (555) 010-0142')
    expect(text).toContain('The web version is the accessible one')
    // Order: greeting and the web version (page 1, where the patient finds the link), instructions, sections, then next steps.
    expect(text.indexOf('Hello Janie')).toBeLessThan(text.indexOf('Read this handout online'))
    expect(text.indexOf('Read this handout online')).toBeLessThan(text.indexOf('Your care team’s instructions'))
    expect(text.indexOf('How much to take')).toBeLessThan(text.indexOf('Next steps'))
  })

  it('falls back to the clinic phone for the contact line, and asks for the link when there is no share link', async () => {
    const text = flowing((await extractPdfText(await renderHandoutPdf(handoutFixture({ shareUrl: null })))).text)
    expect(text).toContain('Questions? Call Springfield Family Practice on (555) 010-0199')
    expect(text).toContain('ask your care team for its link')
  })

  it('draws a QR code only when a share link exists', async () => {
    const withLink = await inspectPdfLayout(await renderHandoutPdf(handoutFixture()))
    const without = await inspectPdfLayout(await renderHandoutPdf(handoutFixture({ shareUrl: null })))
    expect(withLink.reduce((sum, page) => sum + page.imageCount, 0)).toBe(1)
    expect(without.reduce((sum, page) => sum + page.imageCount, 0)).toBe(0)
  })

  it('makes a PNG QR code for http(s) links only', async () => {
    const png = await shareLinkQrPng('https://careleaf.example.org/p/abc')
    expect(png?.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(await shareLinkQrPng('javascript:alert(1)')).toBeNull()
    expect(await shareLinkQrPng(null)).toBeNull()
  })

  it('sets body text at 16 pt or more in large print, and 12 pt otherwise', async () => {
    const fragment = 'Replace a mattress that sags'
    const regular = (await inspectPdfLayout(await renderHandoutPdf(handoutFixture()))).flatMap((page) => page.runs)
    const large = (await inspectPdfLayout(await renderHandoutPdf(handoutFixture({ largePrint: true })))).flatMap((page) => page.runs)
    expect(sizeOf(regular, fragment)).toBe(12)
    expect(sizeOf(large, fragment)).toBeGreaterThanOrEqual(16)
    expect(sizeOf(large, 'Prepared for')).toBeGreaterThan(sizeOf(regular, 'Prepared for')!)
  })

  it('uses the handout’s paper size and prints the review date in the footer of every page', async () => {
    const pdf = await extractPdfText(await renderHandoutPdf(handoutFixture({ pageSize: 'A4', reviewedAt: '2026-06-30T00:00:00.000Z' })))
    expect(pdf.pageSizes[0]).toEqual({ width: 595.28, height: 841.89 })
    for (const page of pdf.pages) expect(page).toContain('Reviewed June 30, 2026')
    const undated = await extractPdfText(await renderHandoutPdf(handoutFixture()))
    expect(undated.text).not.toContain('Reviewed')
  })

  it('keeps the footer’s words apart and prints all of a long address, in large print on A4 too', async () => {
    const clinic = { name: 'Springfield Family Practice', phone: '(555) 010-0199', address: '1200 Example Street, Suite 4, Springfield', accentColor: null }
    for (const options of [
      { largePrint: true, pageSize: 'A4' as const },
      { largePrint: false, pageSize: 'LETTER' as const },
    ]) {
      const pdf = await extractPdfText(await renderHandoutPdf(handoutFixture({ ...options, clinic, reviewedAt: '2026-06-30T00:00:00.000Z' })))
      for (const page of pdf.pages) {
        expect(flowing(page)).toContain('Springfield Family Practice · 1200 Example Street, Suite 4, Springfield · Reviewed June 30, 2026')
        expect(page).not.toMatch(/\S(Reviewed|Page \d)/)
      }
    }
  })

  it('prints sources when the content provides them', async () => {
    const text = flowing((await extractPdfText(await renderHandoutPdf(handoutFixture({ sources: ['NHS: Back pain (2024)'] })))).text)
    expect(text).toContain('Sources: NHS: Back pain (2024)')
  })

  it('never puts the patient in the metadata, and sets the language', async () => {
    const pdf = await extractPdfText(await renderHandoutPdf(handoutFixture({ preferredName: 'Janie', language: 'en' })))
    expect(pdf.info).toMatchObject({ Language: 'en-US', Author: 'Springfield Family Practice' })
    expect(JSON.stringify(pdf.info)).not.toMatch(/Jane|Janie|Doe/)
  })

  it('speaks a Spanish handout’s language around its text: headings, dates, the share slip, the footer and the metadata', async () => {
    const pdf = await extractPdfText(
      await renderHandoutPdf(
        handoutFixture({
          language: 'es',
          preferredName: 'María',
          followUpDate: '2026-12-14T12:00:00.000Z',
          reviewedAt: '2026-06-30T00:00:00.000Z',
          mainMessages: [backPainMainMessage],
          sections: [...handoutFixture().sections, tieredWarningSigns],
          shareAccess: { accessCode: '123456' },
        }),
      ),
    )
    const text = flowing(pdf.text)
    for (const words of [
      '¿Tiene preguntas? Llame al (555) 010-0199',
      'Preparado para Jane Doe por Dr. Amara Okafor el 29 de noviembre de 2026',
      'Hola, María:',
      'Lea este folleto en internet: https://careleaf.example.org/p/',
      'Código de acceso: 123456',
      'Lo más importante',
      'Llame al 911 ahora',
      'Llame a su médico ahora o hoy mismo',
      'Esté atento: llame a su médico si no mejora en 2 semanas',
      'Instrucciones de su equipo de atención médica',
      'Próximos pasos',
      'Su próxima cita: 14 de diciembre de 2026',
      '¿Tiene preguntas? Llame a Springfield Family Practice al (555) 010-0199',
    ])
      expect(text).toContain(words)
    for (const page of pdf.pages) expect(flowing(page)).toContain('Revisado el 30 de junio de 2026')
    expect(text).not.toMatch(/Prepared for|Questions\?|Next steps|Reviewed|Page \d/)
    expect(pdf.info).toMatchObject({ Language: 'es-US', Subject: 'Folleto de información para pacientes' })
  })

  it('puts a note in the handout’s language before a part given in another, and none before the rest', async () => {
    const [english, ...spanish] = handoutFixture().sections
    const pdf = await extractPdfText(
      await renderHandoutPdf(
        handoutFixture({ language: 'es', sections: [{ ...english!, locale: 'en' }, ...spanish.map((section) => ({ ...section, locale: 'es' }))] }),
      ),
    )
    const text = flowing(pdf.text)
    const note = 'Esta parte solo está en inglés. Si no la entiende, pida a su clínica que se la explique.'
    expect(text.split(note)).toHaveLength(2)
    expect(text.indexOf(note)).toBeLessThan(text.indexOf(english!.heading))
    expect(text.indexOf(english!.heading) - text.indexOf(note)).toBeLessThan(note.length + 5)
    // An English handout made before languages has no note at all.
    expect(flowing((await extractPdfText(await renderHandoutPdf(handoutFixture()))).text)).not.toContain('This part is only in')
  })

  it('gives the page number the room its longest label needs in the handout’s language, and English the seven ems it always had', async () => {
    expect(await pageLabelWidthEms('en')).toBe(7)
    const spanish = await pageLabelWidthEms('es')
    expect(spanish).toBeGreaterThanOrEqual((await handoutTextWidthEms('Página 99 de 99')) + 0.5)
    expect(spanish).toBeLessThan(9)
  })
})
