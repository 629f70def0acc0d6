import { createHash } from 'node:crypto'

import { type Locale, SOURCE_LOCALE } from '@/lib/i18n/locales'
import type { Topic } from '@/payload-types'

import type { PackedTopic } from './contentPackFormat'
import { packSections } from './packSections'

/** The parts of a topic a pack imports, each hashed on its own so a change note can say which changed. */
export type PackedPart = 'title' | 'mainMessage' | 'summary' | 'keywords' | 'sections' | 'codes' | 'categories' | 'sources'
export type PackedPartHashes = Record<PackedPart, string>

export const PACKED_PART_LABELS: Record<PackedPart, string> = {
  title: 'title',
  mainMessage: 'main message',
  summary: 'summary',
  keywords: 'keywords and synonyms',
  sections: 'sections',
  codes: 'audience and condition codes',
  categories: 'categories',
  sources: 'sources',
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 24)

/**
 * One language of a topic in a pack, hashed. Codes, categories and sources
 * are the same in every language: they count with English only.
 */
export function packedPartHashes(topic: PackedTopic, locale: Locale): PackedPartHashes {
  const text = topic.locales[locale]
  const english = locale === SOURCE_LOCALE
  return {
    title: hashOf(text?.title ?? ''),
    mainMessage: hashOf(text?.mainMessage ?? ''),
    summary: hashOf(text?.summary ?? ''),
    keywords: hashOf(text?.keywords ?? []),
    sections: hashOf(text?.sections ?? []),
    codes: hashOf(english ? [topic.audience, topic.codes] : null),
    categories: hashOf(english ? topic.categories.map((category) => category.names.en ?? '') : null),
    sources: hashOf(english ? topic.sources : null),
  }
}

/**
 * The same parts of a topic as stored here, read in one language at depth 1
 * (images populated). Compared only with itself (what the last import wrote
 * against what is stored now), so an edit here shows as a difference.
 */
export function storedPartHashes(doc: Topic, locale: Locale): PackedPartHashes {
  const english = locale === SOURCE_LOCALE
  const categoryIds = (doc.categories ?? []).map((category) => (typeof category === 'number' ? category : category.id)).sort((a, b) => a - b)
  return {
    title: hashOf(doc.title ?? ''),
    mainMessage: hashOf(doc.mainMessage ?? ''),
    summary: hashOf(doc.summary ?? ''),
    keywords: hashOf(doc.keywords ?? []),
    sections: hashOf(packSections(doc.sections ?? [], (mediaId) => String(mediaId))),
    codes: hashOf(english ? [doc.audience ?? [], (doc.codes ?? []).map(({ system, code, display }) => ({ system, code, display }))] : null),
    categories: hashOf(english ? categoryIds : null),
    sources: hashOf(
      english ? (doc.sources ?? []).map(({ citation, url, accessedAt }) => ({ citation, url: url ?? null, accessedAt: accessedAt ?? null })) : null,
    ),
  }
}
