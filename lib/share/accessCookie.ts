import crypto from 'node:crypto'

/**
 * After a patient answers the check, a short-lived cookie scoped to that
 * link's path proves it, so reloads and the PDF download do not ask again.
 * Value: `<expiry ms>.<HMAC(secret, tokenHash, expiry)>` — nothing secret in it,
 * and useless for any other link.
 */
export const ACCESS_COOKIE_NAME = 'careleaf_share_access'
export const ACCESS_COOKIE_TTL_MS = 2 * 60 * 60 * 1000

function mac(secret: string, tokenHash: string, expiresAtMs: number): string {
  return crypto.createHmac('sha256', secret).update(`share-cookie:${tokenHash}:${expiresAtMs}`).digest('base64url')
}

export function signAccessCookieValue({ secret, tokenHash, now }: { secret: string; tokenHash: string; now: Date }): string {
  const expiresAtMs = now.getTime() + ACCESS_COOKIE_TTL_MS
  return `${expiresAtMs}.${mac(secret, tokenHash, expiresAtMs)}`
}

export function isValidAccessCookieValue({
  secret,
  tokenHash,
  value,
  now,
}: {
  secret: string
  tokenHash: string
  value: string | undefined
  now: Date
}): boolean {
  if (!value) return false
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(value)
  if (!match) return false
  const expiresAtMs = Number(match[1])
  if (expiresAtMs <= now.getTime()) return false
  const expected = Buffer.from(mac(secret, tokenHash, expiresAtMs))
  const actual = Buffer.from(match[2]!)
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual)
}

/** HttpOnly, SameSite=Strict, scoped to `/p/<token>` (which covers its PDF). */
export function accessCookieHeader({ token, value, secure }: { token: string; value: string; secure: boolean }): string {
  const parts = [`${ACCESS_COOKIE_NAME}=${value}`, `Path=/p/${token}`, `Max-Age=${ACCESS_COOKIE_TTL_MS / 1000}`, 'HttpOnly', 'SameSite=Strict']
  if (secure) parts.push('Secure')
  return parts.join('; ')
}

export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=')
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim()
  }
  return undefined
}
