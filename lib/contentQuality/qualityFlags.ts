/** Problems a reviewer must fix or knowingly accept before a topic is published. */
export const QUALITY_FLAGS = {
  promotional: 'Promotional or vendor content',
  'no-sources': 'No sources listed',
  'no-warning-signs': 'No “When to get help now” section',
  'missing-alt-text': 'An image has no alt text',
  'grade-above-target': 'Reading grade above target (8)',
} as const

export type QualityFlagCode = keyof typeof QUALITY_FLAGS

export const QUALITY_FLAG_CODES = Object.keys(QUALITY_FLAGS) as QualityFlagCode[]

export interface QualityFlag {
  code: QualityFlagCode
  label: string
  /** What triggered it, e.g. the promotional sentence or the section without alt text. */
  details: string[]
}

export const QUALITY_FLAG_OPTIONS = QUALITY_FLAG_CODES.map((code) => ({ label: QUALITY_FLAGS[code], value: code }))
