import { type Locale, localeInfo } from './locales'
import { en, type PatientMessages } from './messages/en'
import { es } from './messages/es'

export type { PatientMessages } from './messages/en'

/** One catalogue per locale: a locale added to LOCALES without its catalogue does not compile. */
const CATALOGUES: Record<Locale, PatientMessages> = { en, es }

/** The words around the patient's text, in `locale` (the handout's `language`, through `localeOf`). */
export function patientMessages(locale: Locale): PatientMessages {
  return CATALOGUES[locale]
}

const languageNames = new Map<Locale, Intl.DisplayNames>()

/**
 * The name of `language` in `inLocale`'s words, as a sentence uses it ("inglés",
 * "Spanish"): from the runtime's CLDR data, so a new locale needs no list of
 * every other language's name in every catalogue.
 */
export function languageName(language: Locale, inLocale: Locale): string {
  let names = languageNames.get(inLocale)
  if (!names) {
    names = new Intl.DisplayNames(localeInfo(inLocale).tag, { type: 'language' })
    languageNames.set(inLocale, names)
  }
  return names.of(language) ?? localeInfo(language).nativeName
}
