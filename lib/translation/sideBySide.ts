import type { Payload } from 'payload'

import { sectionHeading, sectionLabel, sectionPassages, sectionWrittenHeading } from '@/blocks'
import type { PortalUser } from '@/lib/auth/portalUser'
import { type Locale, SOURCE_LOCALE } from '@/lib/i18n/locales'
import type { Topic } from '@/payload-types'

import { readTopicInLocale } from './readTopicInLocale'
import { topicTranslationState } from './sectionTranslations'

export interface SideBySideRow {
  /** "Title", "Main message", or the section's kind and position. */
  label: string
  source: string[]
  translation: string[]
}

export interface SideBySideReview {
  locale: Locale
  status: string
  translatedBy: string | null
  /** Published: patients get it. */
  approvedAt: string | null
  sideBySideReviewedAt: string | null
  rows: SideBySideRow[]
  /** Sections of the published translation whose English changed since it was approved. */
  outdatedSections: string[]
}

const text = (value: string | null | undefined) => (value?.trim() ? [value.trim()] : [])

/**
 * The English and the translation, text by text. A section's translation
 * shows its heading as written: a kind's default heading is English, so
 * showing it would make a missing translation look done.
 */
export function sideBySideRows(source: Topic, translated: Topic): SideBySideRow[] {
  const byId = new Map(translated.sections.map((section) => [section.id, section]))
  return [
    { label: 'Title', source: text(source.title), translation: text(translated.title) },
    { label: 'Main message', source: text(source.mainMessage), translation: text(translated.mainMessage) },
    { label: 'Summary', source: text(source.summary), translation: text(translated.summary) },
    ...source.sections.map((section, index) => {
      const other = byId.get(section.id) as Topic['sections'][number] | undefined
      return {
        label: `${index + 1}. ${sectionLabel(section)}`,
        source: [sectionHeading(section), ...sectionPassages(section)],
        translation: other ? [...text(sectionWrittenHeading(other)), ...sectionPassages(other)] : [],
      }
    }),
    { label: 'Keywords', source: source.keywords ?? [], translation: translated.keywords ?? [] },
  ]
}

/**
 * The latest English and the latest translation draft, text by text, for the
 * reviewer's side-by-side review in the admin. Read as the user: only content
 * staff can read drafts.
 */
export async function loadSideBySide({
  payload,
  user,
  topicId,
  locale,
}: {
  payload: Payload
  user: PortalUser
  topicId: number
  locale: Locale
}): Promise<SideBySideReview> {
  const read = (language: Locale, draft: boolean) => readTopicInLocale({ payload, user, topicId, locale: language, draft })
  const [source, translated, publishedSource, publishedTranslation] = await Promise.all([
    read(SOURCE_LOCALE, true),
    read(locale, true),
    read(SOURCE_LOCALE, false),
    read(locale, false),
  ])
  const rows = sideBySideRows(source, translated)
  const state = topicTranslationState({ source: publishedSource, translated: publishedTranslation })
  const outdatedSections = publishedSource.sections.flatMap((section, index) =>
    section.id && state.sections.get(section.id) === 'outdated' ? [`${index + 1}. ${sectionHeading(section)}`] : [],
  )
  return {
    locale,
    status: translated.translation?.status ?? 'not-started',
    translatedBy: translated.translation?.translatedBy ?? null,
    approvedAt: publishedTranslation.translation?.status === 'approved' ? (publishedTranslation.translation.approvedAt ?? null) : null,
    sideBySideReviewedAt: translated.translation?.sideBySideReviewedAt ?? null,
    rows,
    outdatedSections,
  }
}
