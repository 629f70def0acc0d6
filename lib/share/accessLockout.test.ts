import { describe, expect, it } from 'vitest'

import { attemptsLeft, EMPTY_LOCKOUT_STATE, LOCKOUT_DURATION_MS, lockedUntil, type LockoutState, parseLockoutState, recordFailedAttempt } from './accessLockout'

const start = new Date('2026-06-01T12:00:00Z')
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000)

function fail(state: LockoutState, minutes: number[]): LockoutState {
  return minutes.reduce((current, minute) => recordFailedAttempt(current, at(minute)), state)
}

describe('lockout window', () => {
  it('locks on the fifth wrong answer within 15 minutes, for 15 minutes', () => {
    const four = fail(EMPTY_LOCKOUT_STATE, [0, 1, 2, 3])
    expect(lockedUntil(four, at(3))).toBeNull()
    expect(attemptsLeft(four, at(3))).toBe(1)
    const five = recordFailedAttempt(four, at(4))
    expect(lockedUntil(five, at(4))?.toISOString()).toBe(at(19).toISOString())
    expect(lockedUntil(five, at(18.99))).not.toBeNull()
    expect(lockedUntil(five, at(19))).toBeNull()
    expect(LOCKOUT_DURATION_MS).toBe(15 * 60_000)
  })

  it('forgets wrong answers older than 15 minutes', () => {
    const state = fail(EMPTY_LOCKOUT_STATE, [0, 1, 2, 3, 16])
    // The answers at minutes 0 and 1 fell out of the window: 3 remain, no lock.
    expect(lockedUntil(state, at(16))).toBeNull()
    expect(attemptsLeft(state, at(16))).toBe(2)
  })

  it('starts a fresh count after a lock ends', () => {
    const locked = fail(EMPTY_LOCKOUT_STATE, [0, 1, 2, 3, 4])
    const after = recordFailedAttempt(locked, at(20))
    expect(lockedUntil(after, at(20))).toBeNull()
    expect(attemptsLeft(after, at(20))).toBe(4)
  })

  it('reads stored state defensively', () => {
    expect(parseLockoutState(undefined)).toEqual(EMPTY_LOCKOUT_STATE)
    expect(parseLockoutState({ recentFailures: 'nonsense', lockedUntil: null })).toEqual(EMPTY_LOCKOUT_STATE)
    expect(parseLockoutState({ recentFailures: ['2026-06-01T12:00:00.000Z', 5, 'bad'], lockedUntil: new Date('2026-06-01T12:15:00Z') })).toEqual({
      recentFailures: ['2026-06-01T12:00:00.000Z'],
      lockedUntil: '2026-06-01T12:15:00.000Z',
    })
  })
})
