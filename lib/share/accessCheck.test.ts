import { describe, expect, it } from 'vitest'

import { accessAnswerMatches, generateAccessCode, hashAccessAnswer, normaliseAccessAnswer } from './accessCheck'

const secret = 'unit-test-secret'
const tokenHash = 'a'.repeat(64)

describe('generateAccessCode', () => {
  it('makes 6 digits, leading zeros kept, spread over all digits', () => {
    const codes = Array.from({ length: 3000 }, generateAccessCode)
    for (const code of codes) expect(code).toMatch(/^\d{6}$/)
    expect(new Set(codes).size).toBeGreaterThan(2950)
    const counts = Array.from({ length: 10 }, (_, digit) => codes.join('').split(String(digit)).length - 1)
    // 18 000 digits: each should appear about 1 800 times.
    for (const count of counts) expect(count).toBeGreaterThan(1500)
  })
})

describe('normaliseAccessAnswer', () => {
  const now = new Date('2026-06-01T00:00:00Z')
  it('accepts codes typed with spaces or a hyphen', () => {
    expect(normaliseAccessAnswer('access-code', ' 012 345 ', now)).toBe('012345')
    expect(normaliseAccessAnswer('access-code', '012-345', now)).toBe('012345')
  })
  it.each(['12345', '1234567', 'abcdef', '', '12 34 5x'])('rejects code %j', (raw) => {
    expect(normaliseAccessAnswer('access-code', raw, now)).toBeNull()
  })
  it('accepts plausible birth years only', () => {
    expect(normaliseAccessAnswer('birth-year', '1978', now)).toBe('1978')
    expect(normaliseAccessAnswer('birth-year', '2026', now)).toBe('2026')
    expect(normaliseAccessAnswer('birth-year', '2027', now)).toBeNull()
    expect(normaliseAccessAnswer('birth-year', '1899', now)).toBeNull()
    expect(normaliseAccessAnswer('birth-year', '78', now)).toBeNull()
  })
})

describe('hashAccessAnswer / accessAnswerMatches', () => {
  it('stores a keyed hash that never contains the answer', () => {
    const hash = hashAccessAnswer({ secret, tokenHash, answer: '123456' })
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain('123456')
  })
  it('matches the right answer only, for this link and this secret only', () => {
    const storedHash = hashAccessAnswer({ secret, tokenHash, answer: '123456' })
    expect(accessAnswerMatches({ secret, tokenHash, answer: '123456', storedHash })).toBe(true)
    expect(accessAnswerMatches({ secret, tokenHash, answer: '123457', storedHash })).toBe(false)
    expect(accessAnswerMatches({ secret, tokenHash: 'b'.repeat(64), answer: '123456', storedHash })).toBe(false)
    expect(accessAnswerMatches({ secret: 'other-secret', tokenHash, answer: '123456', storedHash })).toBe(false)
  })
  it('treats a malformed stored hash as no match instead of throwing', () => {
    expect(accessAnswerMatches({ secret, tokenHash, answer: '123456', storedHash: 'zz' })).toBe(false)
    expect(accessAnswerMatches({ secret, tokenHash, answer: '123456', storedHash: '' })).toBe(false)
  })
})
