const DAY_MS = 24 * 60 * 60 * 1000

export type ReviewState = 'overdue' | 'due-soon' | 'current' | 'never'

/** Window in which a topic is listed as "due for review" in the admin. */
export const REVIEW_DUE_SOON_DAYS = 30

/** Where a topic stands against its review date, at `now`. */
export function reviewState(reviewDueAt: string | null | undefined, now: Date = new Date()): ReviewState {
  if (!reviewDueAt) return 'never'
  const due = new Date(reviewDueAt).getTime()
  if (Number.isNaN(due)) return 'never'
  if (due < now.getTime()) return 'overdue'
  if (due - now.getTime() <= REVIEW_DUE_SOON_DAYS * DAY_MS) return 'due-soon'
  return 'current'
}

export function dueSoonCutoff(now: Date = new Date()): Date {
  return new Date(now.getTime() + REVIEW_DUE_SOON_DAYS * DAY_MS)
}

/** Clinical content is re-reviewed yearly (common practice in patient-education libraries such as MedlinePlus and Healthwise). */
export function defaultReviewDueAt(reviewedAt: Date): Date {
  const due = new Date(reviewedAt)
  due.setUTCFullYear(due.getUTCFullYear() + 1)
  return due
}
