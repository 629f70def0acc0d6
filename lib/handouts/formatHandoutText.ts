import { DEFAULT_LOCALE, type Locale, localeInfo } from '@/lib/i18n/locales'
import { patientMessages } from '@/lib/i18n/patientMessages'

/**
 * Text shared by the builder's preview, the handout pages and the PDF, so the
 * three say the same words. Pure functions: safe in client components. The
 * locale is the handout's for what the patient reads; the clinician's screens
 * leave it out and get English.
 */

/**
 * Dates are formatted in UTC, like the date in the download's file name, so
 * the printed date cannot depend on the server's time zone. Follow-up dates
 * are stored at 12:00 UTC for the same reason. One formatter per locale,
 * made once: building one per call was a tenth of the patient page's CPU.
 */
const LONG_DATE_FORMATS = new Map<Locale, Intl.DateTimeFormat>()

function longDateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = LONG_DATE_FORMATS.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(localeInfo(locale).tag, { dateStyle: 'long', timeZone: 'UTC' })
    LONG_DATE_FORMATS.set(locale, format)
  }
  return format
}

/** "December 3, 2026", "3 de diciembre de 2026". */
export function formatLongDate(isoTimestamp: string | null | undefined, locale: Locale = DEFAULT_LOCALE): string | null {
  if (!isoTimestamp) return null
  const date = new Date(isoTimestamp)
  return Number.isNaN(date.getTime()) ? null : longDateFormat(locale).format(date)
}

/** Splits the clinician's free text on blank lines; single newlines stay as line breaks they typed. */
export function instructionParagraphs(instructions: string | null | undefined): string[] {
  if (!instructions) return []
  return instructions
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
}

/** The clinician's contact line, else "Call <clinic> on <phone>", else nothing. */
export function contactText(
  contactLine: string | null | undefined,
  clinic: { name: string; phone?: string | null },
  locale: Locale = DEFAULT_LOCALE,
): string | null {
  const line = contactLine?.trim()
  if (line) return line
  const phone = clinic.phone?.trim()
  return phone ? patientMessages(locale).callClinicOn(clinic.name, phone) : null
}

/** `YYYY-MM-DD` of a stored follow-up timestamp, for date inputs. */
export function toDateInputValue(isoTimestamp: string | null | undefined): string {
  return isoTimestamp && /^\d{4}-\d{2}-\d{2}/.test(isoTimestamp) ? isoTimestamp.slice(0, 10) : ''
}

/**
 * The builder's hint under the contact line. A phone number often brings its own brackets ("(555) 010-0199"), so
 * it is not put in more: "the clinic phone ((555) 010-0199)" was what clinicians saw.
 */
export function contactLineHint(clinic: { phone?: string | null }): string {
  const phone = clinic.phone?.trim()
  return phone ? `Leave empty to use the clinic phone: ${phone}.` : 'Who the patient should call with questions.'
}
