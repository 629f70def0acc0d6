import { describe, expect, it } from 'vitest'

import { formatAdminDate, formatAdminDateTime } from './adminDates'

describe('admin dates', () => {
  it('always carry the year and the month as a word, in UTC', () => {
    expect(formatAdminDate('2026-06-30T23:30:00.000Z')).toBe('Jun 30, 2026')
    expect(formatAdminDateTime('2026-06-30T15:04:00.000Z')).toBe('Jun 30, 2026, 3:04 PM UTC')
  })

  it('say nothing for a missing or unreadable date', () => {
    expect(formatAdminDate(null)).toBeNull()
    expect(formatAdminDate('not a date')).toBeNull()
  })
})
