import { sectionPassages, sectionWrittenHeading, type TopicSection } from '@/blocks'
import type { Topic } from '@/payload-types'

import { parseSourceFingerprints, sectionFingerprint, topicFingerprint } from './sourceFingerprints'

/**
 * Whether one section can be given in a language:
 * - `translated`: the approved translation covers it, made from today's English;
 * - `outdated`: approved, but the English changed since (the translation may miss something new);
 * - `missing`: no approved translation of it.
 */
export type SectionTranslationState = 'translated' | 'outdated' | 'missing'

export interface TopicTranslationState {
  /** The translation is approved and its title, summary and main message match today's English. */
  usable: boolean
  sections: Map<string, SectionTranslationState>
}

/**
 * Whether a section's translation has all its text: a heading, and as many
 * paragraphs, items, signs and reasons as the English (an untranslated row
 * reads as empty, as there is no fallback to English).
 */
export function hasSectionText(translated: TopicSection | undefined, source: TopicSection): boolean {
  if (!translated) return false
  return sectionWrittenHeading(translated).trim() !== '' && sectionPassages(translated).length === sectionPassages(source).length
}

/**
 * Which sections of a published topic can be given in a language, from the
 * topic read in English and in that language (both published). Only an
 * approved translation counts; a section edited in English since counts as
 * outdated, never as translated.
 */
export function topicTranslationState({ source, translated }: { source: Topic; translated: Topic | null }): TopicTranslationState {
  const sections = new Map<string, SectionTranslationState>()
  const approved = translated?.translation?.status === 'approved'
  const fingerprints = approved ? parseSourceFingerprints(translated?.translation?.sourceFingerprints) : null
  const topicCurrent =
    fingerprints !== null &&
    fingerprints.topic === topicFingerprint(source) &&
    Boolean(translated?.title?.trim() && translated?.summary?.trim() && translated?.mainMessage?.trim())
  const translatedById = new Map((translated?.sections ?? []).map((section) => [section.id, section]))
  for (const section of source.sections ?? []) {
    if (!section.id) continue
    // A section added to the English after approval was never translated: missing, not out of date.
    if (!fingerprints || !Object.hasOwn(fingerprints.sections, section.id)) sections.set(section.id, 'missing')
    else if (!topicCurrent || fingerprints.sections[section.id] !== sectionFingerprint(section)) sections.set(section.id, 'outdated')
    else if (!hasSectionText(translatedById.get(section.id), section)) sections.set(section.id, 'missing')
    else sections.set(section.id, 'translated')
  }
  return { usable: topicCurrent, sections }
}
