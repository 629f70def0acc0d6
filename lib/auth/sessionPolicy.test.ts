import { describe, expect, it } from 'vitest'

import { ABSOLUTE_SESSION_SECONDS, checkSessionClock, idleTimeoutSeconds } from './sessionPolicy'

const now = 1_800_000_000

describe('idleTimeoutSeconds', () => {
  it('defaults to 30 minutes and honours a configured value', () => {
    expect(idleTimeoutSeconds({})).toBe(1800)
    expect(idleTimeoutSeconds({ CARELEAF_IDLE_TIMEOUT_MINUTES: '15' })).toBe(900)
  })
  it.each(['0', '-5', 'soon', '100000'])('ignores a nonsensical value %j', (value) => {
    expect(idleTimeoutSeconds({ CARELEAF_IDLE_TIMEOUT_MINUTES: value })).toBe(1800)
  })
})

describe('checkSessionClock', () => {
  it('accepts a fresh session and reports the idle time left', () => {
    expect(checkSessionClock({ authTime: now - 60, lastSeen: now - 60 }, now, 1800)).toEqual({ ok: true, idleRemainingSeconds: 1740 })
  })
  it('ends a session idle for the whole timeout, not a second before', () => {
    expect(checkSessionClock({ authTime: now - 5000, lastSeen: now - 1799 }, now, 1800).ok).toBe(true)
    expect(checkSessionClock({ authTime: now - 5000, lastSeen: now - 1800 }, now, 1800)).toEqual({ ok: false, reason: 'idle' })
  })
  it('ends any session 12 hours after sign-in, however active', () => {
    expect(checkSessionClock({ authTime: now - ABSOLUTE_SESSION_SECONDS + 1, lastSeen: now }, now, 1800).ok).toBe(true)
    expect(checkSessionClock({ authTime: now - ABSOLUTE_SESSION_SECONDS, lastSeen: now }, now, 1800)).toEqual({ ok: false, reason: 'expired' })
  })
  it('refuses tokens without the timing claims (e.g. minted before this policy)', () => {
    expect(checkSessionClock({}, now)).toEqual({ ok: false, reason: 'malformed' })
    expect(checkSessionClock({ authTime: '1', lastSeen: now }, now)).toEqual({ ok: false, reason: 'malformed' })
  })
})
