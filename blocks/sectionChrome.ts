import type { SnapshotBase } from '@/lib/handouts/snapshotParts'
import { type Locale, localeInfo, type LocaleInfo } from '@/lib/i18n/locales'
import { otherSectionLocale } from '@/lib/i18n/otherSectionLocale'
import { type PatientMessages, patientMessages } from '@/lib/i18n/patientMessages'

/**
 * What a section's patient renderers need besides the section: the handout's
 * words for what they draw around the section's text (tier headings, "Do",
 * "How often:"), which are in the handout's language even when the section's
 * own text is not.
 */
export interface SectionChrome {
  messages: PatientMessages
  /**
   * The handout's language, set only when the section's text is in another:
   * the patient page then marks each piece of chrome inside the section with it
   * (`lang`, `dir`), so a screen reader switches voice back for it.
   */
  chromeLocale: LocaleInfo | null
}

/** The chrome for `section` in a handout in `handoutLocale`. */
export function sectionChrome(section: Pick<SnapshotBase, 'locale'>, handoutLocale: Locale): SectionChrome {
  return { messages: patientMessages(handoutLocale), chromeLocale: otherSectionLocale(section, handoutLocale) ? localeInfo(handoutLocale) : null }
}
