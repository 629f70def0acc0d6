/**
 * The languages Careleaf writes patient text in. Adding a language is one
 * entry here plus its translations (topic text, the patient message
 * catalogue in lib/i18n/messages/<code>.ts): everything else loops over this
 * list. English is the source every translation is made from.
 */
export const LOCALES = [
  { code: 'en', label: 'English', nativeName: 'English', tag: 'en-US', script: 'Latn', direction: 'ltr' },
  { code: 'es', label: 'Spanish', nativeName: 'Español', tag: 'es-US', script: 'Latn', direction: 'ltr' },
] as const satisfies ReadonlyArray<{
  /** Payload's locale code, the handout's `language`. */
  code: string
  /** What staff see. */
  label: string
  /** What the patient sees, in the language itself. */
  nativeName: string
  /** BCP 47 tag for `lang`, dates (Intl) and the PDF's language metadata. */
  tag: string
  /** ISO 15924 script: the PDF refuses a locale whose script its fonts cannot draw. */
  script: string
  direction: 'ltr' | 'rtl'
}>

export type Locale = (typeof LOCALES)[number]['code']
export type LocaleInfo = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'en'
/** Translations are made from this locale. */
export const SOURCE_LOCALE: Locale = 'en'

export const LOCALE_CODES = LOCALES.map((locale) => locale.code) as Locale[]

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && LOCALES.some((locale) => locale.code === value)
}

export function localeInfo(code: Locale): LocaleInfo {
  const info = LOCALES.find((locale) => locale.code === code)
  if (!info) throw new Error(`Unknown locale ${code}`)
  return info
}

/** The locale of stored text (a handout's `language`), English when missing or unknown. */
export function localeOf(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/** Right-to-left scripts (none yet); typed loosely so a future entry needs no change here. */
export function isRightToLeft(locale: { direction: 'ltr' | 'rtl' }): boolean {
  return locale.direction === 'rtl'
}
