/** Problems a reviewer must fix or knowingly accept before a topic is published. */
export const QUALITY_FLAGS = {
  promotional: 'Promotional or vendor content',
  'no-sources': 'No sources listed',
  'no-warning-signs': 'No “When to get help now” section',
  'missing-alt-text': 'An image has no alt text',
  'grade-above-target': 'Reading grade above target',
  'section-grade-above-target': 'A section reads above the target grade',
  'untiered-warning-signs': 'Warning signs without an urgency level',
  'pemat-incomplete': 'PEMAT-P rating not finished',
  'pemat-understandability-low': 'PEMAT-P understandability below 70 %',
  'pemat-actionability-low': 'PEMAT-P actionability below 70 %',
} as const

export type QualityFlagCode = keyof typeof QUALITY_FLAGS

export const QUALITY_FLAG_CODES = Object.keys(QUALITY_FLAGS) as QualityFlagCode[]

/**
 * Flags no reviewer can accept, only fix: a warning sign without an urgency
 * level could send a patient to the emergency room for a fever, or home with
 * chest pain.
 */
export const MUST_FIX_FLAGS: ReadonlySet<QualityFlagCode> = new Set(['untiered-warning-signs'])

export interface QualityFlag {
  code: QualityFlagCode
  label: string
  /** What triggered it, e.g. the promotional sentence or the section without alt text. */
  details: string[]
}

export const QUALITY_FLAG_OPTIONS = QUALITY_FLAG_CODES.map((code) => ({ label: QUALITY_FLAGS[code], value: code }))
