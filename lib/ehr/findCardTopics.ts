import type { Payload } from 'payload'

import { type Locale, SOURCE_LOCALE } from '@/lib/i18n/locales'
import { topicTranslationState } from '@/lib/translation/sectionTranslations'
import type { Topic } from '@/payload-types'

import type { CardTopic } from './cdsHooksCards'
import type { TopicCodeMatch } from './findTopicsForConditionCodes'

/**
 * The matched topics as cards show them, in the matches' order, and for a
 * patient who prefers another language those with a current approved
 * translation in it first (the builder can still give the others, in
 * English, once the clinician chooses so). Read as nobody in particular:
 * the access rules let anyone read published topics, and nothing else.
 */
export async function findCardTopics({ payload, matches, language }: { payload: Payload; matches: TopicCodeMatch[]; language: Locale }): Promise<CardTopic[]> {
  if (matches.length === 0) return []
  const ids = matches.map((match) => match.topicId)
  const findIn = (locale: Locale) =>
    payload.find({
      collection: 'topics',
      overrideAccess: false,
      draft: false,
      locale,
      fallbackLocale: false,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      limit: ids.length,
      pagination: false,
      depth: 0,
      // The sections, keywords and translation record tell whether a translation is current (see topicTranslationState).
      select: { title: true, slug: true, summary: true, mainMessage: true, sections: true, keywords: true, translation: true },
    })
  const [source, translated] = await Promise.all([findIn(SOURCE_LOCALE), language === SOURCE_LOCALE ? null : findIn(language)])
  const sourceById = new Map(source.docs.map((topic) => [topic.id, topic as Topic]))
  const translatedById = new Map((translated?.docs ?? []).map((topic) => [topic.id, topic as Topic]))

  const topics = matches.flatMap(({ topicId, requested, matched }): CardTopic[] => {
    const topic = sourceById.get(topicId)
    if (!topic) return []
    const inPatientLanguage = language === SOURCE_LOCALE || topicTranslationState({ source: topic, translated: translatedById.get(topicId) ?? null }).usable
    return [{ slug: topic.slug, title: topic.title, summary: topic.summary?.trim() || null, requested, matched, inPatientLanguage }]
  })
  // Array.prototype.sort is stable: within each group the matches keep their order.
  return topics.sort((a, b) => Number(b.inPatientLanguage) - Number(a.inPatientLanguage))
}
