import { createHash } from 'node:crypto'

import { htmlToRichText } from '@/lib/content/htmlToRichText'
import { richTextToPlainText } from '@/lib/content/lexical'
import { summarise } from '@/lib/content/parseSourceArticle'
import type { RichTextState } from '@/lib/content/richTextState'
import { changedPartLabels } from '@/lib/import/importRecord'

import type { MedlinePlusHealthTopic } from './healthTopic'

/** NLM's requested credit for reused MedlinePlus content (medlineplus.gov/about/using/usingcontent). */
export const NLM_ATTRIBUTION = 'Courtesy of MedlinePlus from the National Library of Medicine'

const PRIMARY_INSTITUTE_NOTE = ' (primary NIH institute for this topic)'

/** Whether a source was written by this import (and so is replaced by the next one, while sources added here stay). */
export function isImportedSourceCitation(citation: string): boolean {
  return citation.includes(NLM_ATTRIBUTION) || citation.endsWith(PRIMARY_INSTITUTE_NOTE)
}

/** The heading of the one text section the summary becomes, per language. */
export const SUMMARY_SECTION_HEADING = { en: 'Overview', es: 'Información general' } as const

/** One language's text of an imported topic, as Careleaf stores it. */
export interface ImportedTopicText {
  title: string
  summary: string
  keywords: string[]
  sectionHeading: string
  sectionBody: RichTextState
}

export interface ImportedSource {
  citation: string
  url: string | null
  /** The file's date: when NLM's text was as imported. */
  accessedAt: string
}

export interface ImportedCategory {
  /** MedlinePlus group id; the same in both languages. */
  sourceId: string | null
  name: string
}

/** An English MedlinePlus topic as Careleaf topic data. */
export interface MappedEnglishTopic {
  sourceId: string
  sourceUrl: string
  text: ImportedTopicText
  categories: ImportedCategory[]
  sources: ImportedSource[]
  /** Its Spanish page, named by the English record's language-mapped-topic. */
  spanishId: string | null
}

/** A Spanish MedlinePlus topic, as the `es` text of the English topic it maps to. */
export interface MappedSpanishTopic {
  sourceId: string
  englishId: string | null
  text: ImportedTopicText
  categories: ImportedCategory[]
}

export type MappingResult<T> = { ok: true; value: T } | { ok: false; reason: string }

export function mapEnglishTopic(topic: MedlinePlusHealthTopic, fileDate: string): MappingResult<MappedEnglishTopic> {
  const text = mapTopicText(
    topic,
    'en',
    topic.meshHeadings.map((heading) => heading.descriptor.name),
  )
  if (!text.ok) return text
  const mapped = topic.languageMappedTopic
  const spanish = mapped && mapped.language.toLowerCase() === 'spanish' && mapped.id ? mapped : null
  const sources: ImportedSource[] = [
    { citation: `MedlinePlus: ${topic.title}. National Library of Medicine (US). ${NLM_ATTRIBUTION}.`, url: httpUrlOrNull(topic.url), accessedAt: fileDate },
  ]
  if (spanish) {
    sources.push({
      citation: `MedlinePlus en español: ${spanish.name}. Biblioteca Nacional de Medicina de los EE. UU. ${NLM_ATTRIBUTION}.`,
      url: httpUrlOrNull(spanish.url),
      accessedAt: fileDate,
    })
  }
  if (topic.primaryInstitute?.name) {
    sources.push({
      citation: `${topic.primaryInstitute.name} (primary NIH institute for this topic)`,
      url: httpUrlOrNull(topic.primaryInstitute.url),
      accessedAt: fileDate,
    })
  }
  return {
    ok: true,
    value: {
      sourceId: topic.id,
      sourceUrl: topic.url,
      text: text.value,
      categories: topic.groups.filter((group) => group.name).map((group) => ({ sourceId: group.id, name: group.name })),
      sources,
      spanishId: spanish?.id ?? null,
    },
  }
}

export function mapSpanishTopic(topic: MedlinePlusHealthTopic): MappingResult<MappedSpanishTopic> {
  // MeSH descriptors are English terms, so they stay with the English keywords.
  const text = mapTopicText(topic, 'es', [])
  if (!text.ok) return text
  const mapped = topic.languageMappedTopic
  return {
    ok: true,
    value: {
      sourceId: topic.id,
      englishId: mapped && mapped.language.toLowerCase() === 'english' ? mapped.id : null,
      text: text.value,
      categories: topic.groups.filter((group) => group.name).map((group) => ({ sourceId: group.id, name: group.name })),
    },
  }
}

function mapTopicText(topic: MedlinePlusHealthTopic, locale: 'en' | 'es', meshTerms: string[]): MappingResult<ImportedTopicText> {
  const sectionBody = htmlToRichText(topic.fullSummaryHtml)
  const plainText = richTextToPlainText(sectionBody)
  if (plainText.trim() === '') return { ok: false, reason: 'its full-summary has no text' }
  // The opening paragraph reads as a summary; headings and list items do not.
  const opening = sectionBody.root.children.find((node) => node.type === 'paragraph')
  const openingText = opening ? richTextToPlainText({ root: { ...sectionBody.root, children: [opening] } }) : ''
  const summary = summarise([openingText.replace(/\s+/gu, ' ').trim()]) || topic.metaDesc || topic.title
  return {
    ok: true,
    value: {
      title: topic.title,
      summary,
      keywords: uniqueTerms([topic.title, ...topic.alsoCalled, ...topic.seeReferences, ...meshTerms]),
      sectionHeading: SUMMARY_SECTION_HEADING[locale],
      sectionBody,
    },
  }
}

/** Terms once each, compared without case or accents' composition; the first spelling wins. */
function uniqueTerms(terms: string[]): string[] {
  const seen = new Set<string>()
  return terms.flatMap((term) => {
    const trimmed = term.trim()
    const key = trimmed.normalize('NFC').toLocaleLowerCase()
    if (!trimmed || seen.has(key)) return []
    seen.add(key)
    return [trimmed]
  })
}

function httpUrlOrNull(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null
  } catch {
    return null
  }
}

/**
 * Hashes of the parts of one language's imported text, compared between
 * imports (did MedlinePlus change it?) and against the stored topic (did
 * someone here edit it?). Rich text is compared by its plain text, so block
 * ids and node versions Payload adds do not count as edits.
 */
export interface ImportedTextHashes {
  title: string
  summary: string
  keywords: string
  section: string
}

export function importedTextHashes(text: {
  title?: string | null
  summary?: string | null
  keywords?: string[] | null
  sectionHeading?: string | null
  sectionBody?: unknown
}): ImportedTextHashes {
  const body =
    text.sectionBody && typeof text.sectionBody === 'object' && 'root' in text.sectionBody ? richTextToPlainText(text.sectionBody as RichTextState) : ''
  return {
    title: hashOf(text.title ?? ''),
    summary: hashOf(text.summary ?? ''),
    keywords: hashOf(JSON.stringify(text.keywords ?? [])),
    section: hashOf(JSON.stringify([text.sectionHeading ?? '', body])),
  }
}

export const IMPORTED_PART_LABELS: Record<keyof ImportedTextHashes, string> = {
  title: 'title',
  summary: 'summary',
  keywords: 'keywords and synonyms',
  section: 'summary text section',
}

/** The parts whose hashes differ, by their labels. */
export function changedParts(before: ImportedTextHashes, after: ImportedTextHashes): string[] {
  return changedPartLabels<keyof ImportedTextHashes>(before, after, IMPORTED_PART_LABELS)
}

function hashOf(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 24)
}
