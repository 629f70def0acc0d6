import crypto from 'node:crypto'

/** What a patient must enter before a shared handout shows. */
export const SHARE_ACCESS_CHECKS = ['none', 'birth-year', 'access-code'] as const
export type ShareAccessCheck = (typeof SHARE_ACCESS_CHECKS)[number]

export const ACCESS_CODE_DIGITS = 6
const OLDEST_BIRTH_YEAR = 1900

export function isShareAccessCheck(value: unknown): value is ShareAccessCheck {
  return typeof value === 'string' && (SHARE_ACCESS_CHECKS as readonly string[]).includes(value)
}

/** A 6-digit code, uniform over 000000–999999 (crypto.randomInt avoids modulo bias). */
export function generateAccessCode(): string {
  return String(crypto.randomInt(0, 10 ** ACCESS_CODE_DIGITS)).padStart(ACCESS_CODE_DIGITS, '0')
}

/**
 * Turns what a person typed into the canonical answer, or null when it cannot
 * be one. People type codes as "123 456" or "123-456" from paper; both count.
 */
export function normaliseAccessAnswer(check: Exclude<ShareAccessCheck, 'none'>, raw: string, now: Date = new Date()): string | null {
  const digits = raw.replace(/[\s-]/g, '')
  if (check === 'access-code') return new RegExp(`^\\d{${ACCESS_CODE_DIGITS}}$`).test(digits) ? digits : null
  if (!/^\d{4}$/.test(digits)) return null
  const year = Number(digits)
  return year >= OLDEST_BIRTH_YEAR && year <= now.getUTCFullYear() ? digits : null
}

/**
 * HMAC-SHA256 keyed with the server secret, bound to one link. A 6-digit code
 * or a birth year has too few values for any unkeyed hash to protect it
 * offline; with the key kept out of the database, a leaked row reveals nothing.
 */
export function hashAccessAnswer({ secret, tokenHash, answer }: { secret: string; tokenHash: string; answer: string }): string {
  return crypto.createHmac('sha256', secret).update(`share-access:${tokenHash}:${answer}`).digest('hex')
}

/** Constant-time comparison, so response time says nothing about how close a guess was. */
export function accessAnswerMatches({
  secret,
  tokenHash,
  answer,
  storedHash,
}: {
  secret: string
  tokenHash: string
  answer: string
  storedHash: string
}): boolean {
  const expected = Buffer.from(storedHash, 'hex')
  const actual = Buffer.from(hashAccessAnswer({ secret, tokenHash, answer }), 'hex')
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual)
}
