import { sectionHeading, sectionLabel, sectionPassages, type TopicSection } from '@/blocks'
import { analyzeReadability } from '@/lib/readability/analyzeReadability'
import { MIN_WORDS_TO_GRADE_SECTION } from '@/lib/readability/readingGradeTarget'

import { findMedicalTerms, type MedicalTermHit } from './findMedicalTerms'
import { findPassiveSentences } from './findPassiveSentences'
import { measureReaderAddress, type ReaderAddress } from './measureReaderAddress'

/** What the editor sees about one section while writing it: signals to act on, not a rating. */
export interface SectionWritingSignals {
  /** The section's row id, or its position while a new row has none. */
  key: string
  heading: string
  /** The section's kind as the builder names it ("Text", "When to get help now"). */
  kindLabel: string
  /** Flesch-Kincaid grade of the section's own prose; null when it has none yet. */
  fleschKincaidGrade: number | null
  words: number
  /** Long enough (MIN_WORDS_TO_GRADE_SECTION) for its grade to mean something on its own; the save hook uses the same rule. */
  gradedOnItsOwn: boolean
  /** Graded on its own and above the target: the section is handed out on its own, so a topic average cannot hide it. */
  overTarget: boolean
  passiveSentences: string[]
  readerAddress: ReaderAddress
  medicalTerms: MedicalTermHit[]
}

/**
 * A section's heading and prose through the block registry. Rows in an open
 * form can be half-filled (a new text section has no body until the editor
 * types), which a kind's plainText, written for saved sections, may not
 * expect: such a row reads as empty until it has content, instead of
 * breaking every other section's signals.
 */
function readSectionText(section: TopicSection, position: number): { heading: string; kindLabel: string; passages: string[] } {
  let kindLabel = 'Section'
  try {
    kindLabel = sectionLabel(section)
  } catch {
    // Unknown kind: keep the generic label.
  }
  let heading = ''
  let passages: string[] = []
  try {
    heading = sectionHeading(section)?.trim() ?? ''
  } catch {
    heading = ''
  }
  try {
    passages = sectionPassages(section)
  } catch {
    passages = []
  }
  return { heading: heading || `${kindLabel} ${position + 1} (no heading yet)`, kindLabel, passages }
}

/**
 * Writing signals for each section of a topic: its reading grade against the
 * target, its passive sentences, how much of it says "you", and the medical
 * terms it uses with plain alternatives. Pure, so the admin computes it in the
 * browser as the editor types and tests call it directly; the target comes
 * from the caller, who knows the clinic's setting.
 */
export function analyzeSectionWriting({ sections, targetGrade }: { sections: readonly TopicSection[]; targetGrade: number }): SectionWritingSignals[] {
  return sections.map((section, position) => {
    const { heading, kindLabel, passages } = readSectionText(section, position)
    const { fleschKincaidGrade: grade, words } = analyzeReadability(passages)
    const gradedOnItsOwn = grade !== null && words >= MIN_WORDS_TO_GRADE_SECTION
    return {
      key: section.id ?? `position-${position}`,
      heading,
      kindLabel,
      fleschKincaidGrade: grade,
      words,
      gradedOnItsOwn,
      overTarget: gradedOnItsOwn && grade > targetGrade,
      passiveSentences: findPassiveSentences(passages),
      readerAddress: measureReaderAddress(passages),
      medicalTerms: findMedicalTerms(passages),
    }
  })
}
