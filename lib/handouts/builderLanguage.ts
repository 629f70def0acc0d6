import { type Locale, SOURCE_LOCALE } from '@/lib/i18n/locales'

import type { UntranslatedSectionsChoice } from './createHandoutInput'
import type { BuilderSection, BuilderTopic } from './loadBuilderTopics'

/** Whether a section can be given in `language` (always in English, the source). */
export function isTranslatedSection(topic: BuilderTopic, sectionId: string, language: Locale): boolean {
  if (language === SOURCE_LOCALE) return true
  return topic.translations?.[language]?.sections[sectionId]?.state === 'translated'
}

/** The chosen sections that have no approved translation in `language`: the builder asks what to do with them. */
export function untranslatedChoices<T extends { topicId: number; sectionId: string }>(
  included: readonly T[],
  topics: readonly BuilderTopic[],
  language: Locale,
): T[] {
  if (language === SOURCE_LOCALE) return []
  const byId = new Map(topics.map((topic) => [topic.id, topic]))
  return included.filter((item) => {
    const topic = byId.get(item.topicId)
    return topic ? !isTranslatedSection(topic, item.sectionId, language) : false
  })
}

/**
 * The topics as a handout in `language` will show them, for the live preview:
 * translated sections in that language; the others left out, or in English
 * and marked, as the clinician chose (marked until they choose).
 */
export function topicsInLanguage(topics: readonly BuilderTopic[], language: Locale, choice: UntranslatedSectionsChoice | undefined): BuilderTopic[] {
  if (language === SOURCE_LOCALE) return [...topics]
  return topics.map((topic) => {
    const translation = topic.translations?.[language]
    const sections: BuilderSection[] = topic.sections.flatMap((section) => {
      const translated = translation?.sections[section.id]
      if (translated?.state === 'translated') return [{ ...section, heading: translated.heading, paragraphs: translated.paragraphs }]
      if (choice === 'leave-out') return []
      return [{ ...section, inEnglish: true }]
    })
    return translation?.usable
      ? { ...topic, title: translation.title ?? topic.title, mainMessage: translation.mainMessage, summary: translation.summary, sections }
      : { ...topic, sections }
  })
}
