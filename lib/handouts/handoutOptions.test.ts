import { describe, expect, it } from 'vitest'

import { createHandoutInput, earliestTodayAnywhere, isCalendarDate } from './createHandoutInput'
import { contactText, formatLongDate, instructionParagraphs, toDateInputValue } from './formatHandoutText'
import { DEFAULT_ACCENT_COLOR, LARGE_PRINT_BODY_FONT_SIZE, resolveAccentColor, resolvePageSize } from './handoutOptions'
import { outdatedTopics } from './outdatedTopics'
import { earliestReviewDate } from './toHandoutDocumentData'

describe('resolvePageSize', () => {
  it('prefers the handout, then the clinic, then US Letter', () => {
    expect(resolvePageSize('A4', 'LETTER')).toBe('A4')
    expect(resolvePageSize(null, 'A4')).toBe('A4')
    expect(resolvePageSize(undefined, undefined)).toBe('LETTER')
    expect(resolvePageSize('B5', 'legal')).toBe('LETTER')
  })
})

describe('resolveAccentColor', () => {
  it('accepts six-digit hex only, lower-cased, else the default', () => {
    expect(resolveAccentColor('#AA3300')).toBe('#aa3300')
    expect(resolveAccentColor('#abc')).toBe(DEFAULT_ACCENT_COLOR)
    expect(resolveAccentColor('red')).toBe(DEFAULT_ACCENT_COLOR)
    expect(resolveAccentColor('#12345g')).toBe(DEFAULT_ACCENT_COLOR)
    expect(resolveAccentColor(null)).toBe(DEFAULT_ACCENT_COLOR)
  })
})

it('large print is at least 16 pt', () => {
  expect(LARGE_PRINT_BODY_FONT_SIZE).toBeGreaterThanOrEqual(16)
})

describe('dates', () => {
  it('accepts only real calendar days', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true)
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-13-01')).toBe(false)
    expect(isCalendarDate('12/01/2026')).toBe(false)
  })
  it('prints dates in UTC whatever the server zone, and nothing for invalid ones', () => {
    expect(formatLongDate('2026-12-03T12:00:00.000Z')).toBe('December 3, 2026')
    expect(formatLongDate('nope')).toBeNull()
    expect(formatLongDate(null)).toBeNull()
    expect(toDateInputValue('2026-12-03T12:00:00.000Z')).toBe('2026-12-03')
    expect(toDateInputValue(null)).toBe('')
  })
})

describe('contactText', () => {
  it('uses the clinician’s line, else the clinic phone, else nothing', () => {
    expect(contactText('  Call Nurse Ann on 555-0101 ', { name: 'Clinic', phone: '555-0100' })).toBe('Call Nurse Ann on 555-0101')
    expect(contactText('', { name: 'Springfield Family Practice', phone: '(555) 010-0199' })).toBe('Call Springfield Family Practice on (555) 010-0199')
    expect(contactText(null, { name: 'Clinic', phone: ' ' })).toBeNull()
  })
})

it('instructionParagraphs splits on blank lines only', () => {
  expect(instructionParagraphs('One\nstill one\n\n  \nTwo\r\n\r\nThree')).toEqual(['One\nstill one', 'Two', 'Three'])
})

describe('createHandoutInput', () => {
  it('refuses a follow-up date in the past for every time zone, and accepts today', () => {
    const today = new Date().toISOString().slice(0, 10)
    const past = createHandoutInput.safeParse({ ...base, followUpDate: '2020-01-01' })
    expect(past.success).toBe(false)
    expect(past.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['followUpDate', 'The follow-up date is in the past. Choose today or a later date.'],
    ])
    expect(createHandoutInput.parse({ ...base, followUpDate: today }).followUpDate).toBe(today)
    expect(earliestTodayAnywhere(new Date('2026-11-30T08:00:00Z'))).toBe('2026-11-29')
    expect(earliestTodayAnywhere(new Date('2026-11-30T13:00:00Z'))).toBe('2026-11-30')
  })

  const base = { sections: [{ topicId: '3', sectionId: 'abc' }], patientName: ' Jane Doe ' }
  it('keeps the sections in the submitted order and fills defaults', () => {
    const parsed = createHandoutInput.parse({ ...base, sections: [{ topicId: 4, sectionId: 'z' }, ...base.sections] })
    expect(parsed.sections).toEqual([
      { topicId: 4, sectionId: 'z' },
      { topicId: 3, sectionId: 'abc' },
    ])
    expect(parsed).toMatchObject({ patientName: 'Jane Doe', language: 'en', largePrint: false })
    expect(parsed.pageSize).toBeUndefined()
    expect(parsed.followUpDate).toBeUndefined()
  })
  it('names each bad field with a message for the clinician', () => {
    const result = createHandoutInput.safeParse({ sections: [], patientName: '  ', followUpDate: '2026-02-30', pageSize: 'B5', language: 'fr' })
    expect(result.success).toBe(false)
    const fields = new Set(result.error!.issues.map((issue) => issue.path[0]))
    expect(fields).toEqual(new Set(['sections', 'patientName', 'followUpDate', 'pageSize', 'language']))
  })
})

describe('outdatedTopics', () => {
  it('lists only topics republished after the copy, ignoring unpublished ones', () => {
    const used = [
      { topicId: 1, topicUpdatedAt: '2026-01-01T00:00:00.000Z' },
      { topicId: 2, topicUpdatedAt: '2026-01-05T00:00:00.000Z' },
      { topicId: 3, topicUpdatedAt: '2026-01-01T00:00:00.000Z' },
    ]
    const published = [
      { id: 1, title: 'Back pain', updatedAt: '2026-02-01T00:00:00.000Z' },
      { id: 2, title: 'Knee pain', updatedAt: '2026-01-05T00:00:00.000Z' },
    ]
    expect(outdatedTopics(used, published)).toEqual([{ topicId: 1, title: 'Back pain', updatedAt: '2026-02-01T00:00:00.000Z' }])
  })
})

it('earliestReviewDate picks the oldest review among the topics, or none', () => {
  expect(earliestReviewDate({ topicVersions: [] })).toBeNull()
  expect(
    earliestReviewDate({
      topicVersions: [
        { topic: 1, topicUpdatedAt: 'x', reviewedAt: '2026-03-01T00:00:00.000Z' },
        { topic: 2, topicUpdatedAt: 'x', reviewedAt: '2025-11-01T00:00:00.000Z' },
        { topic: 3, topicUpdatedAt: 'x', reviewedAt: null },
      ],
    }),
  ).toBe('2025-11-01T00:00:00.000Z')
})
