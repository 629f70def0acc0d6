import { describe, expect, it } from 'vitest'

import { contactLineHint, contactText, formatLongDate } from './formatHandoutText'

describe('contact line text', () => {
  it('falls back to the clinic phone', () => {
    expect(contactText('  ', { name: 'Springfield', phone: '(555) 010-0199' })).toBe('Call Springfield on (555) 010-0199')
  })

  it('falls back to the clinic phone in the handout’s language, and keeps what the clinician wrote as written', () => {
    expect(contactText(null, { name: 'Springfield', phone: '(555) 010-0199' }, 'es')).toBe('Llame a Springfield al (555) 010-0199')
    expect(contactText('Call Nurse Ann', { name: 'Springfield', phone: '(555) 010-0199' }, 'es')).toBe('Call Nurse Ann')
  })

  it('hints at the clinic phone without doubling its brackets', () => {
    expect(contactLineHint({ phone: '(555) 010-0199' })).toBe('Leave empty to use the clinic phone: (555) 010-0199.')
    expect(contactLineHint({ phone: '(555) 010-0199' })).not.toContain('((')
    expect(contactLineHint({ phone: null })).toBe('Who the patient should call with questions.')
  })
})

describe('formatLongDate', () => {
  it('writes the date as the handout’s language does, on the same UTC day', () => {
    expect(formatLongDate('2026-12-03T12:00:00.000Z')).toBe('December 3, 2026')
    expect(formatLongDate('2026-12-03T12:00:00.000Z', 'en')).toBe('December 3, 2026')
    expect(formatLongDate('2026-12-03T12:00:00.000Z', 'es')).toBe('3 de diciembre de 2026')
    expect(formatLongDate('2026-11-29T23:30:00-08:00', 'es')).toBe('30 de noviembre de 2026')
    expect(formatLongDate('nope', 'es')).toBeNull()
  })
})
