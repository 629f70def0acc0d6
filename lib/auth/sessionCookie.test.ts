import { describe, expect, it } from 'vitest'

import { decodeSessionToken, encodeSessionToken, readCookie, sessionCookieName, sessionCookieOptions } from './sessionCookie'

const secret = 'unit-test-secret-0123456789abcdef0123456789'

describe('session cookie', () => {
  it('is Secure and __Secure- prefixed only over HTTPS, always HttpOnly and SameSite=Lax', () => {
    expect(sessionCookieName({ NEXTAUTH_URL: 'https://clinic.example' })).toBe('__Secure-next-auth.session-token')
    expect(sessionCookieOptions({ NEXTAUTH_URL: 'https://clinic.example' })).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax' })
    expect(sessionCookieName({ NEXTAUTH_URL: 'http://localhost:3000' })).toBe('next-auth.session-token')
    expect(sessionCookieOptions({ NEXTAUTH_URL: 'http://localhost:3000' })).toMatchObject({ secure: false, httpOnly: true, sameSite: 'lax' })
  })

  it('finds a cookie in a raw header', () => {
    expect(readCookie('a=1; next-auth.session-token=abc%2Edef; b=2', 'next-auth.session-token')).toBe('abc.def')
    expect(readCookie('a=1', 'next-auth.session-token')).toBeUndefined()
    expect(readCookie(null, 'x')).toBeUndefined()
  })

  it('round-trips a token and refuses one made with another secret or tampered with', async () => {
    const token = await encodeSessionToken({ uid: 7, roles: ['clinician'], sv: 0, authTime: 1, lastSeen: 1 }, secret)
    expect(await decodeSessionToken(token, secret)).toMatchObject({ uid: 7, sv: 0 })
    expect(await decodeSessionToken(token, `${secret}x`)).toBeNull()
    expect(await decodeSessionToken(`${token.slice(0, -4)}AAAA`, secret)).toBeNull()
    expect(await decodeSessionToken('garbage', secret)).toBeNull()
  })
})
