import { describe, expect, it } from 'vitest'

import { LOCALES } from '@/lib/i18n/locales'
import { patientMessages } from '@/lib/i18n/patientMessages'
import { handoutFixture, lexical } from '@/tests/support/handoutFixtures'

import {
  assertPdfFontsDrawLocale,
  assertPdfFontsDrawText,
  handoutPdfDrawnText,
  missingCharacters,
  PDF_FONT_SCRIPTS,
  PdfFontCoverageError,
} from './fontCoverage'
import { handoutFontsDraw } from './fonts'
import { renderHandoutPdf } from './renderHandoutPdf'
import { extractPdfText } from '../../tests/support/extractPdfText'

/** Languages this install does not have, for the refusal to have something to refuse. */
const FAKE_LOCALES = [
  { code: 'en', label: 'English', script: 'Latn' },
  { code: 'ar', label: 'Arabic', script: 'Arab' },
  { code: 'zh', label: 'Chinese', script: 'Hani' },
  { code: 'ru', label: 'Russian', script: 'Cyrl' },
]

/** A stand-in for the fonts: printable ASCII only. */
const asciiOnly = (codePoint: number) => codePoint >= 0x20 && codePoint < 0x7f

describe('the PDF fonts and a locale’s script', () => {
  it('draws every script of the configured locales', () => {
    for (const { code } of LOCALES) expect(() => assertPdfFontsDrawLocale(code)).not.toThrow()
    expect(PDF_FONT_SCRIPTS).toContain('Latn')
  })

  it.each([
    ['ar', 'The PDF fonts cannot draw Arabic (Arab), the script of Arabic;'],
    ['zh', 'The PDF fonts cannot draw Han (Hani), the script of Chinese;'],
    ['ru', 'The PDF fonts cannot draw Cyrillic (Cyrl), the script of Russian;'],
  ])('refuses %s with a typed error that names the script', (code, message) => {
    const attempt = () => assertPdfFontsDrawLocale(code, { locales: FAKE_LOCALES })
    expect(attempt).toThrow(PdfFontCoverageError)
    expect(attempt).toThrow(message)
  })

  it('accepts a script once a font for it is listed', () => {
    expect(() => assertPdfFontsDrawLocale('ar', { locales: FAKE_LOCALES, scripts: ['Latn', 'Arab'] })).not.toThrow()
    expect(() => assertPdfFontsDrawLocale('en', { locales: FAKE_LOCALES })).not.toThrow()
  })

  it('refuses a locale it has never heard of', () => {
    expect(() => assertPdfFontsDrawLocale('xx', { locales: FAKE_LOCALES })).toThrow(PdfFontCoverageError)
  })
})

describe('the PDF fonts and each character', () => {
  it('finds each character the fonts lack once, and ignores what draws nothing', () => {
    expect(missingCharacters('Take 1 → 2 → 3', asciiOnly)).toEqual(['→'])
    expect(missingCharacters('line\nbreak\ttab zero\u200bwidth\u00adsoft', asciiOnly)).toEqual([])
    expect(missingCharacters('😷 mask', asciiOnly)).toEqual(['😷'])
  })

  it('names the characters and where they are, for someone who can fix them', () => {
    const texts = [
      { where: 'the instructions', text: 'Take 1 → 2' },
      { where: 'the section "Sleep"', text: 'Rest ✓' },
      { where: 'the section "Sleep"', text: 'Rest → ✓' },
      { where: 'the title', text: 'Back pain' },
    ]
    const attempt = () => assertPdfFontsDrawText(texts, asciiOnly)
    expect(attempt).toThrow(PdfFontCoverageError)
    expect(attempt).toThrow('The PDF fonts cannot draw U+2192 "→" in the instructions; U+2713 "✓", U+2192 "→" in the section "Sleep";')
    expect(() => assertPdfFontsDrawText([{ where: 'the title', text: 'Back pain' }], asciiOnly)).not.toThrow()
  })

  it('checks what the clinic, the topics and the clinician wrote, and the dates, but no person’s name and no file name', () => {
    const data = handoutFixture({
      language: 'es',
      patientName: 'Nguyễn Thị Hương',
      preferredName: 'Hương',
      clinicianName: 'Dr. Đặng',
      instructions: 'Descanse.',
      followUpDate: '2026-12-14T12:00:00.000Z',
      sections: [
        {
          topicId: 1,
          topicTitle: 'Espalda',
          sectionId: 'img',
          blockType: 'media',
          heading: 'Una toalla',
          body: { image: { url: '/api/media/file/毛巾.png', filename: '毛巾.png', alt: 'Una toalla enrollada' }, caption: 'La toalla' },
        },
        {
          topicId: 1,
          topicTitle: 'Espalda',
          sectionId: 'txt',
          heading: 'Dormir',
          locale: 'en',
          body: lexical.root(lexical.paragraph(lexical.link('https://example.org/x', lexical.text('Sleep')))),
        },
      ],
    })
    const texts = handoutPdfDrawnText(data, 'es').map((entry) => entry.text)
    expect(texts).toEqual(
      expect.arrayContaining(['Descanse.', 'Una toalla enrollada', 'La toalla', 'https://example.org/x', 'Sleep', '14 de diciembre de 2026', 'inglés']),
    )
    expect(texts.join('\n')).not.toMatch(/Nguyễn|Hương|Đặng|毛巾/)
  })
})

describe('the handout PDF', { timeout: 30_000 }, () => {
  it('can draw every word of every catalogue whose script its fonts cover', async () => {
    const draws = await handoutFontsDraw()
    for (const { code, script } of LOCALES) {
      if (!PDF_FONT_SCRIPTS.includes(script)) continue
      const words = Object.values(patientMessages(code)).filter((value): value is string => typeof value === 'string')
      expect(
        words.flatMap((text) => missingCharacters(text, draws)),
        code,
      ).toEqual([])
      // The characters a Spanish reader needs, regular, bold and italic alike.
      expect(missingCharacters('áéíóúüñÁÉÍÓÚÜÑ¿¡«»', draws)).toEqual([])
    }
  })

  it('refuses, with a typed error, a handout with a character its fonts would print as a box', async () => {
    const render = renderHandoutPdf(handoutFixture({ instructions: 'Take 1 tablet → then 2.' }))
    await expect(render).rejects.toThrow(PdfFontCoverageError)
    await expect(render).rejects.toThrow('U+2192 "→" in the instructions')
  })

  it('still gives a patient whose name the fonts cannot spell their handout', async () => {
    const pdf = await extractPdfText(await renderHandoutPdf(handoutFixture({ patientName: '山田 太郎' })))
    expect(pdf.text).toContain('Prepared for')
  })
})
