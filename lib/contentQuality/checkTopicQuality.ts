import { isUrgentSection, sectionHeading, sectionMediaIds, sectionPassages, type TopicSection } from '@/blocks'
import { findPromotionalContent } from '@/lib/content/findPromotionalContent'
import type { SpanishSectionReadability } from '@/lib/readability/analyzeSpanishTopicReadability'
import type { SectionReadability } from '@/lib/readability/analyzeTopicReadability'
import { MIN_WORDS_TO_GRADE_SECTION } from '@/lib/readability/readingGradeTarget'
import { isWarningTier } from '@/lib/warningSigns/warningTiers'

import { QUALITY_FLAGS, type QualityFlag, type QualityFlagCode } from './qualityFlags'

/** A text section headed like this serves as the "when to get help" advice even without the dedicated block. */
const WARNING_HEADING =
  /\b(?:when to (?:get|seek|call)|get (?:medical )?help|warning signs|red flags|emergency|call 911)\b|(?:cuándo (?:pedir|buscar|llamar)|señales de (?:alarma|alerta)|emergencia|llame al 911)/iu

export interface TopicQualityInput {
  summary?: string | null
  sections: readonly TopicSection[]
  sources?: ReadonlyArray<{ citation?: string | null; url?: string | null }> | null
  readingGrade: number | null
  /** The clinic's reading-grade target. */
  readingGradeTarget: number
  /** Each section's own figures, to flag one hard section in an easy topic. */
  sectionReadability?: readonly Pick<SectionReadability, 'heading' | 'fleschKincaidGrade' | 'words'>[]
  /**
   * Spanish text is measured on the INFLESZ scale (higher reads easier), not by
   * grade: when given, it replaces the grade checks above.
   */
  spanishReadability?: {
    szigrisztPazos: number | null
    target: number
    sections: readonly Pick<SpanishSectionReadability, 'heading' | 'szigrisztPazos' | 'words'>[]
  }
  /** Alt text of every media item the sections use, by id (missing id: the item no longer exists). */
  mediaAltById: ReadonlyMap<number, string | null | undefined>
}

/** The open quality flags of a topic, each with what triggered it. */
export function checkTopicQuality(input: TopicQualityInput): QualityFlag[] {
  const found = new Map<QualityFlagCode, string[]>()
  const add = (code: QualityFlagCode, detail: string) => found.set(code, [...(found.get(code) ?? []), detail])

  const texts = [
    { where: 'Summary', text: input.summary ?? '' },
    ...input.sections.map((section) => ({ where: sectionHeading(section), text: sectionPassages(section).join('\n\n') })),
  ]
  for (const { where, text } of texts) {
    for (const paragraph of text.split(/\n\s*\n/u)) {
      for (const hit of findPromotionalContent(paragraph)) add('promotional', `${where}: “${hit.sentence}” (${hit.reason})`)
    }
  }

  const sources = (input.sources ?? []).filter((source) => source.citation?.trim())
  if (sources.length === 0) add('no-sources', 'Add at least one source the advice is based on.')

  const hasWarningSigns = input.sections.some(
    (section) => isUrgentSection(section) || (section.blockType === 'text' && WARNING_HEADING.test(section.heading ?? '')),
  )
  if (!hasWarningSigns) add('no-warning-signs', 'Add a “When to get help now” section.')
  for (const section of input.sections) {
    if (section.blockType !== 'warningSigns') continue
    const untiered = (section.signs ?? []).filter((sign) => sign.text?.trim() && !isWarningTier(sign.tier))
    for (const sign of untiered)
      add('untiered-warning-signs', `${sectionHeading(section)}: “${(sign.text ?? '').trim()}” needs “What to do” (911, today, or watch).`)
  }

  for (const section of input.sections) {
    for (const id of sectionMediaIds(section)) {
      const alt = input.mediaAltById.get(id)
      if (!alt?.trim()) add('missing-alt-text', `${sectionHeading(section)}: image ${id} has no alt text.`)
    }
  }

  if (input.spanishReadability) {
    const { szigrisztPazos, target, sections } = input.spanishReadability
    if (szigrisztPazos !== null && szigrisztPazos < target) add('grade-above-target', `INFLESZ ${szigrisztPazos} (target ${target} or higher).`)
    for (const section of sections) {
      if (section.szigrisztPazos !== null && section.words >= MIN_WORDS_TO_GRADE_SECTION && section.szigrisztPazos < target) {
        add('section-grade-above-target', `${section.heading}: INFLESZ ${section.szigrisztPazos} (target ${target} or higher).`)
      }
    }
    return [...found.entries()].map(([code, details]) => ({ code, label: QUALITY_FLAGS[code], details }))
  }

  const target = input.readingGradeTarget
  if (input.readingGrade !== null && input.readingGrade > target) {
    add('grade-above-target', `Reading grade ${input.readingGrade} (target ${target} or lower).`)
  }
  for (const section of input.sectionReadability ?? []) {
    if (section.fleschKincaidGrade !== null && section.words >= MIN_WORDS_TO_GRADE_SECTION && section.fleschKincaidGrade > target) {
      add('section-grade-above-target', `${section.heading}: reading grade ${section.fleschKincaidGrade} (target ${target} or lower).`)
    }
  }

  return [...found.entries()].map(([code, details]) => ({ code, label: QUALITY_FLAGS[code], details }))
}
