import { describe, expect, it } from 'vitest'

import { contactLineHint, contactText } from './formatHandoutText'

describe('contact line text', () => {
  it('falls back to the clinic phone', () => {
    expect(contactText('  ', { name: 'Springfield', phone: '(555) 010-0199' })).toBe('Call Springfield on (555) 010-0199')
  })

  it('hints at the clinic phone without doubling its brackets', () => {
    expect(contactLineHint({ phone: '(555) 010-0199' })).toBe('Leave empty to use the clinic phone: (555) 010-0199.')
    expect(contactLineHint({ phone: '(555) 010-0199' })).not.toContain('((')
    expect(contactLineHint({ phone: null })).toBe('Who the patient should call with questions.')
  })
})
