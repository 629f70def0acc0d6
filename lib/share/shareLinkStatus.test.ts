import { describe, expect, it } from 'vitest'

import { shareLinkStatus } from './shareLinkStatus'

const now = new Date('2026-06-01T12:00:00Z')

describe('shareLinkStatus', () => {
  it('is active before expiry', () => {
    expect(shareLinkStatus({ expiresAt: '2026-06-01T12:00:01Z' }, now)).toBe('active')
  })
  it('is expired at the expiry instant and after', () => {
    expect(shareLinkStatus({ expiresAt: '2026-06-01T12:00:00Z' }, now)).toBe('expired')
    expect(shareLinkStatus({ expiresAt: '2026-05-01T00:00:00Z' }, now)).toBe('expired')
  })
  it('says revoked whatever the expiry', () => {
    expect(shareLinkStatus({ expiresAt: '2027-01-01T00:00:00Z', revokedAt: '2026-05-30T00:00:00Z' }, now)).toBe('revoked')
    expect(shareLinkStatus({ expiresAt: '2027-01-01T00:00:00Z', blockedAt: '2026-05-30T00:00:00Z' }, now)).toBe('blocked')
    expect(shareLinkStatus({ expiresAt: '2026-05-01T00:00:00Z', blockedAt: '2026-04-30T00:00:00Z' }, now)).toBe('blocked')
  })
})
