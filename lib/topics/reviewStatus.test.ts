import { describe, expect, it } from 'vitest'

import { defaultReviewDueAt, reviewState } from './reviewStatus'

const now = new Date('2026-06-01T12:00:00Z')

describe('reviewState', () => {
  it('is overdue after the due date, due soon within 30 days, current otherwise', () => {
    expect(reviewState('2026-05-31T00:00:00Z', now)).toBe('overdue')
    expect(reviewState('2026-06-20T00:00:00Z', now)).toBe('due-soon')
    expect(reviewState('2026-08-01T00:00:00Z', now)).toBe('current')
    expect(reviewState(null, now)).toBe('never')
    expect(reviewState('not a date', now)).toBe('never')
  })

  it('puts the next review one year after the last', () => {
    expect(defaultReviewDueAt(now).toISOString()).toBe('2027-06-01T12:00:00.000Z')
  })
})
