/**
 * Sliding-window counter (the approach Cloudflare describes for its rate
 * limiting): the previous fixed window's count, weighted by how much of it
 * still overlaps the last minute, plus the current window's count. Two rows
 * per client instead of one per request, and no burst of 2× at the boundary.
 */
export const RATE_LIMIT_WINDOW_MS = 60_000
export const DEFAULT_SHARE_RATE_LIMIT_PER_MINUTE = 60

export function rateLimitWindowStart(now: Date, windowMs = RATE_LIMIT_WINDOW_MS): number {
  return Math.floor(now.getTime() / windowMs) * windowMs
}

/**
 * How much of the previous window still counts: the part of it that overlaps the last minute. One function, as the
 * patient page's single statement (openShareLinkWithinRateLimit.ts) weighs the previous count in SQL with it.
 */
export function previousWindowWeight(now: Date, windowMs = RATE_LIMIT_WINDOW_MS): number {
  return 1 - (now.getTime() - rateLimitWindowStart(now, windowMs)) / windowMs
}

export interface RateLimitDecision {
  allowed: boolean
  /** Whole seconds until a request would be allowed again (only when refused). */
  retryAfterSeconds: number
  estimatedHits: number
}

export function rateLimitDecision({
  currentHits,
  previousHits,
  now,
  limit,
  windowMs = RATE_LIMIT_WINDOW_MS,
}: {
  currentHits: number
  previousHits: number
  now: Date
  limit: number
  windowMs?: number
}): RateLimitDecision {
  const windowStart = rateLimitWindowStart(now, windowMs)
  const estimatedHits = previousHits * previousWindowWeight(now, windowMs) + currentHits
  if (estimatedHits <= limit) return { allowed: true, retryAfterSeconds: 0, estimatedHits }
  // Earliest time the weighted previous window has decayed enough, else the next window.
  let waitMs = windowStart + windowMs - now.getTime()
  if (previousHits > 0 && currentHits <= limit) {
    const decayFractionNeeded = (estimatedHits - limit) / previousHits
    waitMs = Math.min(waitMs, decayFractionNeeded * windowMs)
  }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), estimatedHits }
}

/** `CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE`, or the default; a bad value is a start-up mistake worth naming. */
export function shareRateLimitPerMinute(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE
  if (raw === undefined || raw === '') return DEFAULT_SHARE_RATE_LIMIT_PER_MINUTE
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE must be a positive whole number, got "${raw}".`)
  return value
}
