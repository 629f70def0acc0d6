import { describe, expect, it } from 'vitest'

import { rateLimitDecision, rateLimitWindowStart, shareRateLimitPerMinute } from './rateLimitWindow'

const windowStart = new Date('2026-06-01T12:00:00Z')
const at = (seconds: number) => new Date(windowStart.getTime() + seconds * 1000)

describe('rateLimitDecision', () => {
  it('allows up to the limit in a quiet minute and refuses the next, until the window ends', () => {
    expect(rateLimitDecision({ currentHits: 60, previousHits: 0, now: at(10), limit: 60 }).allowed).toBe(true)
    const refused = rateLimitDecision({ currentHits: 61, previousHits: 0, now: at(10), limit: 60 })
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterSeconds).toBe(50)
  })

  it('weights the previous minute by how much of it still overlaps', () => {
    // Halfway through: 60 × 0.5 + 31 = 61 > 60.
    expect(rateLimitDecision({ currentHits: 31, previousHits: 60, now: at(30), limit: 60 }).allowed).toBe(false)
    expect(rateLimitDecision({ currentHits: 30, previousHits: 60, now: at(30), limit: 60 }).allowed).toBe(true)
    // Near the end of the window the previous minute hardly counts.
    expect(rateLimitDecision({ currentHits: 55, previousHits: 60, now: at(59), limit: 60 }).allowed).toBe(true)
  })

  it('says how long to wait for the previous minute to decay', () => {
    const refused = rateLimitDecision({ currentHits: 31, previousHits: 60, now: at(30), limit: 60 })
    // Need 1 hit of decay: 1/60 of a minute = 1 s.
    expect(refused.retryAfterSeconds).toBe(1)
  })

  it('aligns windows to the minute', () => {
    expect(rateLimitWindowStart(at(59.9))).toBe(windowStart.getTime())
    expect(rateLimitWindowStart(at(60))).toBe(windowStart.getTime() + 60_000)
  })
})

describe('shareRateLimitPerMinute', () => {
  it('defaults to 60 and accepts a positive whole number', () => {
    expect(shareRateLimitPerMinute({})).toBe(60)
    expect(shareRateLimitPerMinute({ CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE: '100000' })).toBe(100000)
  })
  it.each(['0', '-1', '1.5', 'lots'])('names a bad value %j', (value) => {
    expect(() => shareRateLimitPerMinute({ CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE: value })).toThrow(/CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE/)
  })
})
