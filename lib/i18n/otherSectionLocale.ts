import { type Locale, localeOf } from './locales'

/**
 * The language of a section's own text when it is not the handout's (a part
 * the clinic gave in English in a Spanish handout), else null. A section that
 * records no language is in the handout's. Every output puts a note in the
 * handout's language before such a section.
 */
export function otherSectionLocale(section: { locale?: string | null }, handoutLocale: Locale): Locale | null {
  if (!section.locale) return null
  const locale = localeOf(section.locale)
  return locale === handoutLocale ? null : locale
}
