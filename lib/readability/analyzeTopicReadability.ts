import { sectionHeading, sectionPassages, type TopicSection } from '@/blocks'

import { analyzeReadability, type ReadabilityReport } from './analyzeReadability'
import { DEFAULT_READING_GRADE_TARGET } from './readingGradeTarget'

export interface SectionReadability {
  sectionId: string | null
  heading: string
  blockType: TopicSection['blockType']
  fleschKincaidGrade: number | null
  smogIndex: number | null
  words: number
  sentences: number
  longSentences: ReadabilityReport['longSentences']
}

export interface TopicReadability extends ReadabilityReport {
  target: number
  sections: SectionReadability[]
}

/**
 * Readability of the whole topic (summary and every section's prose) and of
 * each section on its own, since clinicians hand out sections separately.
 * Headings are left out: they are short fragments that skew sentence length.
 */
export function analyzeTopicReadability({
  summary,
  sections,
  target = DEFAULT_READING_GRADE_TARGET,
}: {
  summary?: string | null
  sections: readonly TopicSection[]
  /** The clinic's reading-grade target (Clinic global). */
  target?: number
}): TopicReadability {
  const sectionReports = sections.map((section) => {
    const report = analyzeReadability(sectionPassages(section))
    return {
      sectionId: section.id ?? null,
      heading: sectionHeading(section),
      blockType: section.blockType,
      fleschKincaidGrade: report.fleschKincaidGrade,
      smogIndex: report.smogIndex,
      words: report.words,
      sentences: report.sentences,
      longSentences: report.longSentences.slice(0, 3),
    }
  })
  const whole = analyzeReadability([...(summary ? [summary] : []), ...sections.flatMap(sectionPassages)])
  return { ...whole, target, sections: sectionReports }
}
