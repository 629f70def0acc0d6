import { isUrgentSection, parseSnapshotBody } from '@/blocks'

import { splitUrgentFirst, urgentFirst } from './readingOrder'
import type { HandoutSectionSnapshot, HandoutSectionType } from './types'

interface StoredSection {
  topicId: number
  topicTitle: string
  sectionId: string
  heading: string
  blockType?: string | null
  body: unknown
  /** The section's language (a LOCALES code), when it records one. */
  locale?: string | null
}

/**
 * Reads a stored section snapshot back, checking its body against its block
 * type (each kind's `parseSnapshot`). Rows without a block type predate blocks
 * and are text sections. Returns null for a malformed row so the caller can
 * report it.
 */
export function parseSectionSnapshot(stored: StoredSection): HandoutSectionSnapshot | null {
  const base = {
    topicId: stored.topicId,
    topicTitle: stored.topicTitle,
    sectionId: stored.sectionId,
    heading: stored.heading,
    // Only when set: a section without one reads back exactly as before languages existed.
    ...(stored.locale ? { locale: stored.locale } : {}),
  }
  return parseSnapshotBody(stored.blockType, stored.body, base)
}

type WithKind = { blockType?: HandoutSectionType | null }

/**
 * Screen order: "When to get help now" before anything else, even the care
 * team's instructions, so a patient in trouble sees it first; then the rest
 * in the order the clinician chose.
 */
export function splitSectionsForReading<T extends WithKind>(sections: readonly T[]): { warningSigns: T[]; others: T[] } {
  const { urgent, others } = splitUrgentFirst(sections, isUrgentSection)
  return { warningSigns: urgent, others }
}

/**
 * Reading order for patients: "When to get help now" comes first, so the
 * one section that can be urgent is never on the last page. Otherwise the
 * clinician's order is kept.
 */
export function orderSectionsForReading<T extends WithKind>(sections: readonly T[]): T[] {
  return urgentFirst(sections, isUrgentSection)
}
