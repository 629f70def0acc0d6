import { describe, expect, it } from 'vitest'

import { adminHandOver } from './adminHandOver'
import { apiCacheControl } from './apiCacheControl'
import { movesIdleClock, SLIDE_EVERY_SECONDS } from './movesIdleClock'
import { signInRedirect } from './signInRedirect'

describe('adminHandOver', () => {
  it('sends Payload login to /sign-in with an /admin way back, and logout to /sign-out', () => {
    expect(adminHandOver('/admin/login', new URLSearchParams({ redirect: '/admin/collections/topics' }))).toBe(
      '/sign-in?callbackUrl=%2Fadmin%2Fcollections%2Ftopics',
    )
    expect(adminHandOver('/admin/login', new URLSearchParams({ redirect: '/library' }))).toBe('/sign-in?callbackUrl=%2Fadmin')
    expect(adminHandOver('/admin/login', new URLSearchParams({ redirect: '/admin\t/evil.example' }))).toBe('/sign-in?callbackUrl=%2Fadmin%2Fevil.example')
    expect(adminHandOver('/admin/logout', new URLSearchParams())).toBe('/sign-out')
    expect(adminHandOver('/admin/logout-inactivity', new URLSearchParams())).toBe('/sign-out')
    expect(adminHandOver('/admin', new URLSearchParams())).toBeNull()
  })
})

describe('signInRedirect', () => {
  const live = { ok: true, idleRemainingSeconds: 600 } as const
  it('lets a live session and every public path through', () => {
    expect(signInRedirect({ pathname: '/library', search: '', clock: live, hasPayloadToken: false })).toBeNull()
    expect(signInRedirect({ pathname: '/sign-in', search: '', clock: null, hasPayloadToken: false })).toBeNull()
    expect(signInRedirect({ pathname: '/api/topics', search: '', clock: null, hasPayloadToken: false })).toBeNull()
    expect(signInRedirect({ pathname: '/admin/forgot', search: '', clock: null, hasPayloadToken: false })).toBeNull()
    expect(signInRedirect({ pathname: '/admin', search: '', clock: null, hasPayloadToken: true })).toBeNull()
  })

  it('sends a workspace or admin page without a live session to sign-in, saying why it ended', () => {
    expect(signInRedirect({ pathname: '/handouts/4', search: '?tab=share', clock: null, hasPayloadToken: false })).toBe(
      '/sign-in?callbackUrl=%2Fhandouts%2F4%3Ftab%3Dshare',
    )
    expect(signInRedirect({ pathname: '/admin', search: '', clock: { ok: false, reason: 'idle' }, hasPayloadToken: false })).toBe(
      '/sign-in?callbackUrl=%2Fadmin&reason=idle',
    )
    expect(signInRedirect({ pathname: '/kits', search: '', clock: { ok: false, reason: 'malformed' }, hasPayloadToken: false })).toBe(
      '/sign-in?callbackUrl=%2Fkits',
    )
  })
})

describe('apiCacheControl', () => {
  it('is no-store for every /api answer but uploaded files', () => {
    expect(apiCacheControl('/api/handouts')).toBe('no-store')
    expect(apiCacheControl('/api/session')).toBe('no-store')
    expect(apiCacheControl('/api/media/file/logo.png')).toBeNull()
    expect(apiCacheControl('/library')).toBeNull()
  })
})

describe('movesIdleClock', () => {
  const now = 10_000
  it('moves on activity at most every few seconds, never for the status poll or next-auth', () => {
    expect(movesIdleClock({ pathname: '/library', method: 'GET', lastSeen: now - SLIDE_EVERY_SECONDS, now })).toBe(true)
    expect(movesIdleClock({ pathname: '/library', method: 'GET', lastSeen: now - 5, now })).toBe(false)
    expect(movesIdleClock({ pathname: '/api/session', method: 'GET', lastSeen: 0, now })).toBe(false)
    expect(movesIdleClock({ pathname: '/api/session', method: 'POST', lastSeen: 0, now })).toBe(true)
    expect(movesIdleClock({ pathname: '/api/auth/session', method: 'GET', lastSeen: 0, now })).toBe(false)
  })
})
