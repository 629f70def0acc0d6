import { describe, expect, it } from 'vitest'

import { validatePhoneNumber } from './validatePhoneNumber'

describe('validatePhoneNumber', () => {
  it.each(['(555) 010-0199', '555-010-0199', '555.010.0199', '+1 555 010 0199', '+442079460000', '020 7946 0000'])('accepts %s', (phone) => {
    expect(validatePhoneNumber(phone)).toBe(true)
  })

  it.each(['555', '010-0199', '+1', '+0 555 010 0199', 'call us', '555-010-0199 ext 4', '1234567890123456'])('refuses %s with a message', (phone) => {
    expect(validatePhoneNumber(phone)).toMatch(/at least 10 digits/)
  })

  it('leaves an empty, optional number alone', () => {
    expect(validatePhoneNumber('')).toBe(true)
    expect(validatePhoneNumber(null)).toBe(true)
  })
})
