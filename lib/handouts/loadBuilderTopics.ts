import type { Payload } from 'payload'

import { isUrgentSection, sectionHeading, sectionPassages } from '@/blocks'
import type { PortalUser } from '@/lib/auth/portalUser'
import { richTextToPlainText } from '@/lib/content/lexical'
import type { RichTextState } from '@/lib/content/richTextState'
import { type Locale, LOCALE_CODES, SOURCE_LOCALE } from '@/lib/i18n/locales'
import { type SectionTranslationState, topicTranslationState } from '@/lib/translation/sectionTranslations'
import type { Topic } from '@/payload-types'

export interface BuilderSection {
  id: string
  /**
   * The patient must not miss it ("When to get help now", see isUrgentSection):
   * set here on the server so the preview can put it where the handout will
   * without the builder's client code loading the block registry.
   */
  urgent: boolean
  heading: string
  /** Plain-text paragraphs: the live preview shows the same words the handout will. */
  paragraphs: string[]
  /** Preview only: given in English in a handout in another language (no approved translation). */
  inEnglish?: boolean
}

/** A section's text in another language, and whether it may be given in it (see topicTranslationState). */
export interface BuilderSectionTranslation {
  state: SectionTranslationState
  heading: string
  paragraphs: string[]
}

/** The topic in another language: its own texts when its approved translation is current, and each section's. */
export interface BuilderTopicTranslation {
  usable: boolean
  title: string | null
  mainMessage: string | null
  summary: string | null
  sections: Record<string, BuilderSectionTranslation>
}

export interface BuilderTopic {
  id: number
  slug: string
  title: string
  /** Shown first in the preview, in the box every output draws (see lib/handouts/mainMessages). */
  mainMessage: string | null
  summary: string | null
  sections: BuilderSection[]
  /** By locale, for every language but English (the source). */
  translations?: Partial<Record<Locale, BuilderTopicTranslation>>
}

export function toParagraphs(body: RichTextState): string[] {
  return richTextToPlainText(body)
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** Published topics by id or slug, with their sections, for the builder. */
export async function loadBuilderTopics({
  payload,
  user,
  ids = [],
  slugs = [],
}: {
  payload: Payload
  user: PortalUser
  ids?: number[]
  slugs?: string[]
}): Promise<BuilderTopic[]> {
  if (ids.length === 0 && slugs.length === 0) return []
  const findIn = (locale: Locale) =>
    payload.find({
      collection: 'topics',
      user,
      overrideAccess: false,
      draft: false,
      locale,
      fallbackLocale: false,
      where: { and: [{ _status: { equals: 'published' } }, { or: [{ id: { in: ids.length ? ids : [0] } }, { slug: { in: slugs.length ? slugs : [''] } }] }] },
      limit: ids.length + slugs.length,
      pagination: false,
      depth: 0,
      // What the builder shows, nothing more: ten picked topics would otherwise also bring every topic's sources,
      // codes, keywords, readability report and search text, none of which the builder uses. The keywords and
      // translation record are what tells whether a translation is current.
      select: { title: true, slug: true, mainMessage: true, summary: true, sections: true, keywords: true, translation: true },
    })
  const { docs } = await findIn(SOURCE_LOCALE)
  const translated = new Map<Locale, Map<number, Topic>>()
  for (const locale of LOCALE_CODES) {
    if (locale === SOURCE_LOCALE) continue
    translated.set(locale, new Map((await findIn(locale)).docs.map((topic) => [topic.id, topic as Topic])))
  }
  return docs.map((topic) => ({
    translations: Object.fromEntries(
      [...translated].map(([locale, byId]) => [locale, builderTranslation(topic as Topic, byId.get(topic.id) ?? null)]),
    ) as BuilderTopic['translations'],
    id: topic.id,
    slug: topic.slug,
    title: topic.title,
    mainMessage: topic.mainMessage?.trim() || null,
    summary: topic.summary?.trim() || null,
    // Every block kind (text, tips, exercise, warning signs, image) previews as its heading and passages.
    sections: topic.sections.flatMap((section) =>
      section.id ? [{ id: section.id, urgent: isUrgentSection(section), heading: sectionHeading(section), paragraphs: sectionPassages(section) }] : [],
    ),
  }))
}

function builderTranslation(source: Topic, translated: Topic | null): BuilderTopicTranslation {
  const state = topicTranslationState({ source, translated })
  const byId = new Map((translated?.sections ?? []).map((section) => [section.id, section]))
  const sections: Record<string, BuilderSectionTranslation> = {}
  for (const [id, sectionState] of state.sections) {
    const section = byId.get(id)
    sections[id] = {
      state: sectionState,
      heading: sectionState === 'translated' && section ? sectionHeading(section) : '',
      paragraphs: sectionState === 'translated' && section ? sectionPassages(section) : [],
    }
  }
  return {
    usable: state.usable,
    title: state.usable ? (translated?.title ?? null) : null,
    mainMessage: state.usable ? translated?.mainMessage?.trim() || null : null,
    summary: state.usable ? translated?.summary?.trim() || null : null,
    sections,
  }
}
