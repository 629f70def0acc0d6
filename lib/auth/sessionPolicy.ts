/**
 * Session lifetimes (HIPAA §164.312(a)(2)(iii) automatic logoff). The idle
 * limit is configurable for clinics with stricter policies; the absolute limit
 * is one clinic shift, after which everyone signs in again.
 */
export const DEFAULT_IDLE_TIMEOUT_MINUTES = 30
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60
/** How long before an idle logoff the workspace warns. */
export const IDLE_WARNING_SECONDS = 2 * 60

export function idleTimeoutSeconds(env: Partial<Record<string, string>> = process.env): number {
  const minutes = Number(env.CARELEAF_IDLE_TIMEOUT_MINUTES)
  // Anything but a sensible positive number falls back to the HIPAA-minded default.
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) return DEFAULT_IDLE_TIMEOUT_MINUTES * 60
  return Math.round(minutes * 60)
}

/** The timing claims Careleaf adds to the next-auth JWT, in seconds since the epoch. */
export interface SessionClock {
  authTime?: unknown
  lastSeen?: unknown
}

export type SessionClockState = { ok: true; idleRemainingSeconds: number } | { ok: false; reason: 'idle' | 'expired' | 'malformed' }

/** Whether a session is still inside both limits at `nowSeconds`. Pure, so the proxy, pages and Payload agree. */
export function checkSessionClock(token: SessionClock, nowSeconds: number, idleSeconds = idleTimeoutSeconds()): SessionClockState {
  const { authTime, lastSeen } = token
  if (typeof authTime !== 'number' || typeof lastSeen !== 'number' || !Number.isFinite(authTime) || !Number.isFinite(lastSeen))
    return { ok: false, reason: 'malformed' }
  if (nowSeconds - authTime >= ABSOLUTE_SESSION_SECONDS) return { ok: false, reason: 'expired' }
  const idleFor = nowSeconds - lastSeen
  if (idleFor >= idleSeconds) return { ok: false, reason: 'idle' }
  return { ok: true, idleRemainingSeconds: Math.max(0, idleSeconds - Math.max(0, idleFor)) }
}
