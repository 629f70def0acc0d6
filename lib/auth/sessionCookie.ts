import { decode, encode, type JWT } from 'next-auth/jwt'

import { ABSOLUTE_SESSION_SECONDS } from './sessionPolicy'

/**
 * next-auth's session cookie, named and flagged the way next-auth 4 does it:
 * HttpOnly, SameSite=Lax, and `__Secure-` + Secure when the site is served
 * over HTTPS (NEXTAUTH_URL), i.e. in production.
 */
export function usesSecureCookies(env: Partial<Record<string, string>> = process.env): boolean {
  return (env.NEXTAUTH_URL ?? '').startsWith('https://')
}

export function sessionCookieName(env: Partial<Record<string, string>> = process.env): string {
  return `${usesSecureCookies(env) ? '__Secure-' : ''}next-auth.session-token`
}

export function sessionCookieOptions(env: Partial<Record<string, string>> = process.env) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: usesSecureCookies(env), maxAge: ABSOLUTE_SESSION_SECONDS }
}

/** Reads a cookie from a raw `Cookie` header (Payload strategies get headers, not Next's cookie store). */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=')
    if (index < 0) continue
    if (part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim()
      try {
        return decodeURIComponent(value)
      } catch {
        return value
      }
    }
  }
  return undefined
}

/** Decodes (and authenticates: A256GCM) a session cookie; null for anything forged, stale or garbled. */
export async function decodeSessionToken(token: string | undefined, secret = process.env.NEXTAUTH_SECRET): Promise<JWT | null> {
  if (!token || !secret || token.length > 8192) return null
  try {
    return await decode({ token, secret })
  } catch {
    return null
  }
}

export function encodeSessionToken(token: JWT, secret = process.env.NEXTAUTH_SECRET): Promise<string> {
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set')
  return encode({ token, secret, maxAge: ABSOLUTE_SESSION_SECONDS })
}
