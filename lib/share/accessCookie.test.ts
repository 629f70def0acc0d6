import { describe, expect, it } from 'vitest'

import { ACCESS_COOKIE_TTL_MS, accessCookieHeader, isValidAccessCookieValue, readCookie, signAccessCookieValue } from './accessCookie'

const secret = 'unit-test-secret'
const tokenHash = 'c'.repeat(64)
const now = new Date('2026-06-01T12:00:00Z')

describe('access cookie', () => {
  it('is valid for its own link until it expires', () => {
    const value = signAccessCookieValue({ secret, tokenHash, now })
    expect(isValidAccessCookieValue({ secret, tokenHash, value, now })).toBe(true)
    expect(isValidAccessCookieValue({ secret, tokenHash, value, now: new Date(now.getTime() + ACCESS_COOKIE_TTL_MS - 1) })).toBe(true)
    expect(isValidAccessCookieValue({ secret, tokenHash, value, now: new Date(now.getTime() + ACCESS_COOKIE_TTL_MS) })).toBe(false)
  })
  it('is refused for another link, another secret, or when tampered with', () => {
    const value = signAccessCookieValue({ secret, tokenHash, now })
    expect(isValidAccessCookieValue({ secret, tokenHash: 'd'.repeat(64), value, now })).toBe(false)
    expect(isValidAccessCookieValue({ secret: 'x', tokenHash, value, now })).toBe(false)
    const [expiry, mac] = value.split('.')
    // Extending the expiry breaks the MAC.
    expect(isValidAccessCookieValue({ secret, tokenHash, value: `${Number(expiry) + 60_000}.${mac}`, now })).toBe(false)
    expect(isValidAccessCookieValue({ secret, tokenHash, value: undefined, now })).toBe(false)
    expect(isValidAccessCookieValue({ secret, tokenHash, value: 'garbage', now })).toBe(false)
  })
  it('is HttpOnly, SameSite=Strict and scoped to the link path', () => {
    const header = accessCookieHeader({ token: 'T'.repeat(43), value: 'v', secure: true })
    expect(header).toContain(`Path=/p/${'T'.repeat(43)}`)
    expect(header).toContain('HttpOnly')
    expect(header).toContain('SameSite=Strict')
    expect(header).toContain('Secure')
    expect(accessCookieHeader({ token: 't', value: 'v', secure: false })).not.toContain('Secure')
  })
  it('reads one cookie out of a Cookie header', () => {
    expect(readCookie('a=1; careleaf_share_access=xyz; b=2', 'careleaf_share_access')).toBe('xyz')
    expect(readCookie('a=1', 'careleaf_share_access')).toBeUndefined()
    expect(readCookie(null, 'careleaf_share_access')).toBeUndefined()
  })
})
