import { sectionHeading, sectionPassages, type TopicSection } from '@/blocks'

import { analyzeSpanishReadability, type SpanishReadabilityReport } from './analyzeSpanishReadability'
import { DEFAULT_SPANISH_READABILITY_TARGET } from './spanishReadabilityTarget'

export interface SpanishSectionReadability {
  sectionId: string | null
  heading: string
  blockType: TopicSection['blockType']
  fernandezHuerta: number | null
  szigrisztPazos: number | null
  infleszBand: SpanishReadabilityReport['infleszBand']
  words: number
  sentences: number
  longSentences: SpanishReadabilityReport['longSentences']
}

export interface SpanishTopicReadability extends SpanishReadabilityReport {
  /** The lowest acceptable Szigriszt-Pazos (INFLESZ) score. */
  target: number
  sections: SpanishSectionReadability[]
}

/**
 * The Spanish counterpart of analyzeTopicReadability, with the same inputs:
 * the whole topic (summary and every section's prose) and each section on its
 * own, headings left out. Sections and summary are the Spanish text of the
 * topic; which locale's text to pass is the caller's business.
 */
export function analyzeSpanishTopicReadability({
  summary,
  sections,
  target = DEFAULT_SPANISH_READABILITY_TARGET,
}: {
  summary?: string | null
  sections: readonly TopicSection[]
  /** The lowest acceptable Szigriszt-Pazos score (INFLESZ). */
  target?: number
}): SpanishTopicReadability {
  const sectionReports = sections.map((section) => {
    const report = analyzeSpanishReadability(sectionPassages(section))
    return {
      sectionId: section.id ?? null,
      heading: sectionHeading(section),
      blockType: section.blockType,
      fernandezHuerta: report.fernandezHuerta,
      szigrisztPazos: report.szigrisztPazos,
      infleszBand: report.infleszBand,
      words: report.words,
      sentences: report.sentences,
      longSentences: report.longSentences.slice(0, 3),
    }
  })
  const whole = analyzeSpanishReadability([...(summary ? [summary] : []), ...sections.flatMap(sectionPassages)])
  return { ...whole, target, sections: sectionReports }
}
