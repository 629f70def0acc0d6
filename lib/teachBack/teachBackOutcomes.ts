import type { Handout } from '@/payload-types'

export type TeachBackOutcome = NonNullable<NonNullable<Handout['teachBack']>['outcome']>

/** What the clinician saw in the room (teach-back or show-me, AHRQ Tool 5), in the words the workspace shows. */
export const TEACH_BACK_OUTCOMES: ReadonlyArray<{ value: TeachBackOutcome; label: string }> = [
  { value: 'explained', label: 'Explained it back in their own words' },
  { value: 'showed', label: 'Showed me (show-me)' },
  { value: 'needs-review', label: 'Needs review' },
]

export const TEACH_BACK_NOTE_MAX_LENGTH = 1000

export function isTeachBackOutcome(value: unknown): value is TeachBackOutcome {
  return TEACH_BACK_OUTCOMES.some((outcome) => outcome.value === value)
}

export function teachBackOutcomeLabel(value: TeachBackOutcome): string {
  return TEACH_BACK_OUTCOMES.find((outcome) => outcome.value === value)!.label
}
