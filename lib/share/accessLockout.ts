/**
 * Lockout rule for the patient check: 5 wrong answers within 15 minutes lock
 * the link for 15 minutes (OWASP ASVS 2.2.1 anti-automation). A 6-digit code
 * then takes years to guess online. Pure functions; the database part is in
 * attemptShareAccess.ts.
 */
export const LOCKOUT_MAX_FAILURES = 5
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000
export const LOCKOUT_DURATION_MS = 15 * 60 * 1000
/**
 * A year of birth has ~127 plausible answers: at 5 per 15 minutes anyone holding
 * the link would try them all in under 7 hours. So the third lockout closes the
 * link for good (`share-links.blockedAt`) until the clinician makes a new one:
 * at most 15 guesses per link.
 */
export const LOCKOUTS_BEFORE_BLOCK = 3

export interface LockoutState {
  /** ISO timestamps of wrong answers, newest last. */
  recentFailures: string[]
  lockedUntil: string | null
}

export const EMPTY_LOCKOUT_STATE: LockoutState = { recentFailures: [], lockedUntil: null }

export function lockedUntil(state: LockoutState, now: Date): Date | null {
  if (!state.lockedUntil) return null
  const until = new Date(state.lockedUntil)
  return until.getTime() > now.getTime() ? until : null
}

/** Adds a wrong answer; the fifth inside the window locks the link and starts a fresh count. */
export function recordFailedAttempt(state: LockoutState, now: Date): LockoutState {
  const windowStart = now.getTime() - LOCKOUT_WINDOW_MS
  const failures = [...state.recentFailures.filter((at) => new Date(at).getTime() > windowStart), now.toISOString()]
  if (failures.length >= LOCKOUT_MAX_FAILURES) return { recentFailures: [], lockedUntil: new Date(now.getTime() + LOCKOUT_DURATION_MS).toISOString() }
  return { recentFailures: failures, lockedUntil: lockedUntil(state, now) ? state.lockedUntil : null }
}

export function attemptsLeft(state: LockoutState, now: Date): number {
  const windowStart = now.getTime() - LOCKOUT_WINDOW_MS
  return LOCKOUT_MAX_FAILURES - state.recentFailures.filter((at) => new Date(at).getTime() > windowStart).length
}

/** Reads the stored JSON defensively: anything unexpected counts as no history. */
export function parseLockoutState(row: { recentFailures: unknown; lockedUntil: string | Date | null } | undefined): LockoutState {
  if (!row) return EMPTY_LOCKOUT_STATE
  const failures = Array.isArray(row.recentFailures)
    ? row.recentFailures.filter((at): at is string => typeof at === 'string' && !Number.isNaN(Date.parse(at)))
    : []
  const until = row.lockedUntil instanceof Date ? row.lockedUntil.toISOString() : row.lockedUntil
  return { recentFailures: failures, lockedUntil: until ?? null }
}
