import { createHash } from 'node:crypto'

import { sectionHeading, sectionPassages, type TopicSection } from '@/blocks'
import type { Topic } from '@/payload-types'

/**
 * What an approved translation was made from: a hash of the English text of
 * the topic's own fields and of each section. A section whose English changed
 * after approval is no longer offered in the translation (its Spanish may
 * lack a new warning sign), while the rest still is.
 */
export interface SourceFingerprints {
  /** Title, summary, main message and keywords. */
  topic: string
  /** By section (block) id. */
  sections: Record<string, string>
}

function hashOf(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)
}

export function sectionFingerprint(section: TopicSection): string {
  return hashOf([section.blockType, sectionHeading(section), sectionPassages(section)])
}

export function topicFingerprint(topic: Pick<Topic, 'title' | 'summary' | 'mainMessage' | 'keywords'>): string {
  return hashOf([topic.title ?? '', topic.summary ?? '', topic.mainMessage ?? '', topic.keywords ?? []])
}

export function sourceFingerprintsOf(topic: Pick<Topic, 'title' | 'summary' | 'mainMessage' | 'keywords' | 'sections'>): SourceFingerprints {
  const sections: Record<string, string> = {}
  for (const section of topic.sections ?? []) if (section.id) sections[section.id] = sectionFingerprint(section)
  return { topic: topicFingerprint(topic), sections }
}

/** A stored value read back; null for anything that is not a fingerprint record. */
export function parseSourceFingerprints(value: unknown): SourceFingerprints | null {
  if (!value || typeof value !== 'object') return null
  const record = value as Record<string, unknown>
  if (typeof record.topic !== 'string' || !record.sections || typeof record.sections !== 'object') return null
  const sections: Record<string, string> = {}
  for (const [id, hash] of Object.entries(record.sections as Record<string, unknown>)) if (typeof hash === 'string') sections[id] = hash
  return { topic: record.topic, sections }
}
