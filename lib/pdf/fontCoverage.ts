import { formatLongDate } from '@/lib/handouts/formatHandoutText'
import type { HandoutDocumentData } from '@/lib/handouts/types'
import { type Locale, LOCALES } from '@/lib/i18n/locales'
import { otherSectionLocale } from '@/lib/i18n/otherSectionLocale'
import { languageName } from '@/lib/i18n/patientMessages'

/**
 * Whether the PDF can draw what it is asked to. The handout typeface (Atkinson
 * Hyperlegible, lib/pdf/fonts.ts) has Latin letters only; react-pdf draws any
 * character the font lacks as an empty box, silently, so a handout in another
 * script would print as rows of boxes. This module refuses instead, with a
 * typed error that says what is missing. It loads no fonts and no react-pdf:
 * the request thread may import it (the worker supplies the glyph lookup).
 */

/** ISO 15924 scripts the handout fonts draw in full. A new font adds its scripts here. */
export const PDF_FONT_SCRIPTS: readonly string[] = ['Latn']

/** The error's name, which crosses from the render worker to the pool (a class name may not survive bundling). */
export const PDF_FONT_COVERAGE_ERROR = 'PdfFontCoverageError'

/**
 * The PDF cannot be drawn with its fonts. Its message says what is missing and where, for the clinician or the
 * editor who can fix it; it quotes no patient's name.
 */
export class PdfFontCoverageError extends Error {
  override readonly name = PDF_FONT_COVERAGE_ERROR
}

/** What the script check needs to know of a locale (a LOCALES entry, or a test's). */
export interface LocaleScript {
  code: string
  label: string
  script: string
}

const SCRIPT_NAMES = new Intl.DisplayNames('en', { type: 'script' })

/** The locale's script is one the fonts draw; else a PdfFontCoverageError naming it. */
export function assertPdfFontsDrawLocale(
  code: string,
  { locales = LOCALES, scripts = PDF_FONT_SCRIPTS }: { locales?: readonly LocaleScript[]; scripts?: readonly string[] } = {},
): void {
  const locale = locales.find((entry) => entry.code === code)
  if (!locale) throw new PdfFontCoverageError(`The PDF has no locale "${code}": add it to LOCALES (lib/i18n/locales.ts).`)
  if (scripts.includes(locale.script)) return
  const scriptName = SCRIPT_NAMES.of(locale.script) ?? locale.script
  throw new PdfFontCoverageError(
    `The PDF fonts cannot draw ${scriptName} (${locale.script}), the script of ${locale.label}; ` +
      `add a font that covers it to lib/pdf/fonts.ts and "${locale.script}" to PDF_FONT_SCRIPTS, and until then give the patient the web page, which uses their phone's fonts.`,
  )
}

/** A piece of text the PDF draws, and where, in words a clinician or editor can act on. */
export interface DrawnText {
  where: string
  text: string
}

/**
 * Characters that draw nothing: line breaks and other controls, and the
 * default-ignorable ones (zero-width space, joiners, variation selectors),
 * which fontkit lays out as zero-width spaces whatever the font has.
 */
const DRAWS_NOTHING = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u

/** Each character of `text` that `draws` says the fonts lack, once, in order of appearance. */
export function missingCharacters(text: string, draws: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>()
  for (const character of text) {
    if (DRAWS_NOTHING.test(character)) continue
    if (!draws(character.codePointAt(0)!)) missing.add(character)
  }
  return [...missing]
}

function describeCharacter(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} "${character}"`
}

/** Every drawn text has a glyph for each character; else a PdfFontCoverageError listing what is missing, and where. */
export function assertPdfFontsDrawText(texts: readonly DrawnText[], draws: (codePoint: number) => boolean): void {
  const problems = new Map<string, Set<string>>()
  for (const { where, text } of texts) {
    const missing = missingCharacters(text, draws)
    if (missing.length === 0) continue
    const seen = problems.get(where) ?? new Set<string>()
    for (const character of missing) seen.add(character)
    problems.set(where, seen)
  }
  if (problems.size === 0) return
  const list = [...problems].map(([where, characters]) => `${[...characters].map(describeCharacter).join(', ')} in ${where}`).join('; ')
  throw new PdfFontCoverageError(
    `The PDF fonts cannot draw ${list}; replace those characters, or give the patient the web page, which uses their phone's fonts.`,
  )
}

/** Every string inside a section's stored body, but an image's file name and address, which are never drawn. */
function bodyStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(bodyStrings)
  if (typeof value !== 'object' || value === null) return []
  const isImage = 'filename' in value
  return Object.entries(value).flatMap(([key, item]) => (isImage && (key === 'filename' || key === 'url') ? [] : bodyStrings(item)))
}

/**
 * The text a handout's PDF draws beyond its fixed wording (whose catalogues
 * are checked by the tests): what the clinic, the topics and the clinician
 * wrote, and the dates in the handout's language. People's names are left
 * out on purpose: a patient's or a clinician's name is written as that person
 * spells it, in any script, and a missing letter in it costs less than no
 * handout at all, so it is drawn as it is.
 */
export function handoutPdfDrawnText(data: HandoutDocumentData, locale: Locale): DrawnText[] {
  const texts: DrawnText[] = [
    { where: 'the title', text: data.title },
    { where: 'the clinic name', text: data.clinic.name },
    { where: 'the clinic phone', text: data.clinic.phone ?? '' },
    { where: 'the clinic address', text: data.clinic.address ?? '' },
    { where: 'the instructions', text: data.instructions ?? '' },
    { where: 'the contact line', text: data.contactLine ?? '' },
    { where: 'the link', text: data.shareUrl ?? '' },
    { where: 'the access code', text: data.shareAccess?.accessCode ?? '' },
    ...(data.sources ?? []).map((source) => ({ where: 'the sources', text: source })),
    ...[data.createdAt, data.followUpDate, data.reviewedAt].map((date) => ({ where: 'a date', text: formatLongDate(date, locale) ?? '' })),
  ]
  for (const message of data.mainMessages ?? []) {
    const where = `the main message of "${message.topicTitle}"`
    texts.push({ where, text: message.topicTitle }, { where, text: message.mainMessage }, { where, text: message.summary ?? '' })
  }
  for (const section of data.sections) {
    const where = `the section "${section.heading}" of "${section.topicTitle}"`
    texts.push({ where, text: section.topicTitle }, { where, text: section.heading }, ...bodyStrings(section.body).map((text) => ({ where, text })))
    // The note before a part in another language names that language in the handout's.
    const other = otherSectionLocale(section, locale)
    if (other) texts.push({ where: 'a language note', text: languageName(other, locale) })
  }
  return texts.filter((entry) => entry.text !== '')
}
