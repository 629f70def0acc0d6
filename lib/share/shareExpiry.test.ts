import { describe, expect, it } from 'vitest'

import { DEFAULT_SHARE_LINK_DAYS, isShareLinkValidityDays, shareLinkExpiresAt } from './shareExpiry'

describe('share link expiry', () => {
  it('offers 7, 30 and 90 days, 30 by default', () => {
    expect(DEFAULT_SHARE_LINK_DAYS).toBe(30)
    expect([7, 30, 90].every(isShareLinkValidityDays)).toBe(true)
    expect([0, 1, 31, 365, '30', Number.NaN].some(isShareLinkValidityDays)).toBe(false)
  })
  it('counts whole days from creation', () => {
    const now = new Date('2026-01-01T08:30:00Z')
    expect(shareLinkExpiresAt(now, 7).toISOString()).toBe('2026-01-08T08:30:00.000Z')
    expect(shareLinkExpiresAt(now, 90).toISOString()).toBe('2026-04-01T08:30:00.000Z')
  })
})
