import crypto from 'node:crypto'

import type { JWT } from 'next-auth/jwt'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { endUserSessions } from '@/lib/auth/endUserSessions'
import { resolveSessionUser } from '@/lib/auth/resolveSessionUser'
import { encodeSessionToken, sessionCookieName } from '@/lib/auth/sessionCookie'
import { ABSOLUTE_SESSION_SECONDS } from '@/lib/auth/sessionPolicy'
import { signOutEverywhere } from '@/lib/auth/signOutEverywhere'
import { verifyCredentials } from '@/lib/auth/verifyCredentials'
import type { User } from '@/payload-types'

import { createTestUser, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const PASSWORD = 'int-test-password-123'

/** What the next-auth jwt callback puts in the cookie at sign-in. */
async function signIn(user: User, at = Math.floor(Date.now() / 1000)): Promise<JWT> {
  const verified = await verifyCredentials(payload, user.email, PASSWORD)
  expect(verified).not.toBeNull()
  return { uid: verified!.id, roles: verified!.roles, sv: verified!.sessionVersion, authTime: at, lastSeen: at }
}

/** Payload's auth as the admin and REST API run it, with the session cookie of the portal. */
async function payloadUserFor(token: JWT) {
  const cookie = `${sessionCookieName()}=${await encodeSessionToken(token)}`
  const { user } = await payload.auth({ headers: new Headers({ cookie }) })
  return user
}

describe('one session for the portal and Payload', () => {
  it('signs a portal user into Payload with the next-auth cookie, and a forged cookie into nothing', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const token = await signIn(editor)
    expect(await resolveSessionUser({ payload, token })).toMatchObject({ id: editor.id })
    expect(await payloadUserFor(token)).toMatchObject({ id: editor.id, _strategy: 'next-auth' })

    const forged = `${sessionCookieName()}=${await encodeSessionToken(token, 'another-secret-of-sufficient-length-123456')}`
    expect((await payload.auth({ headers: new Headers({ cookie: forged }) })).user).toBeNull()
    expect((await payload.auth({ headers: new Headers() })).user).toBeNull()
  })

  it("keeps Payload's own local JWT strategy working for REST clients", async () => {
    const editor = await createTestUser(payload, ['editor'])
    const { token } = await payload.login({ collection: 'users', data: { email: editor.email, password: PASSWORD } })
    const { user } = await payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })
    expect(user).toMatchObject({ id: editor.id, _strategy: 'local-jwt' })
  })
})

describe('server-side session control', () => {
  it('sign-out ends every session of the user, in both apps, and is audited', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    const laptop = await signIn(clinician)
    const phone = await signIn(clinician)
    await signOutEverywhere({ payload, token: laptop })
    expect(await resolveSessionUser({ payload, token: laptop })).toBeNull()
    expect(await resolveSessionUser({ payload, token: phone })).toBeNull()
    expect(await payloadUserFor(phone)).toBeNull()
    const audit = await payload.count({
      collection: 'audit-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'auth.signout' } }, { actor: { equals: clinician.id } }] },
    })
    expect(audit.totalDocs).toBe(1)
    // Signing in again works and gives a session that is valid.
    expect(await resolveSessionUser({ payload, token: await signIn(clinician) })).not.toBeNull()
  })

  it('a role change ends the session at the next request', async () => {
    const admin = await createTestUser(payload, ['admin'])
    const user = await createTestUser(payload, ['editor'])
    const token = await signIn(user)
    await payload.update({ collection: 'users', id: user.id, user: admin, overrideAccess: false, data: { roles: ['clinician'] } })
    expect(await resolveSessionUser({ payload, token })).toBeNull()
    expect(await payloadUserFor(token)).toBeNull()
  })

  it('editing something else (the name) leaves sessions alone', async () => {
    const user = await createTestUser(payload, ['clinician'])
    const token = await signIn(user)
    await payload.update({ collection: 'users', id: user.id, user, overrideAccess: false, data: { name: 'New Name' } })
    expect(await resolveSessionUser({ payload, token })).toMatchObject({ name: 'New Name' })
  })

  it('a password change ends the session, and Payload REST sessions with it', async () => {
    const user = await createTestUser(payload, ['editor'])
    const token = await signIn(user)
    const rest = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    await payload.update({
      collection: 'users',
      id: user.id,
      user,
      overrideAccess: false,
      data: { password: 'a brand new passphrase 42', currentPassword: PASSWORD },
    })
    expect(await resolveSessionUser({ payload, token })).toBeNull()
    expect((await payload.auth({ headers: new Headers({ authorization: `JWT ${rest.token}` }) })).user).toBeNull()
  })

  it('disabling a user (admins only) ends the session and refuses sign-in through every door', async () => {
    const admin = await createTestUser(payload, ['admin'])
    const user = await createTestUser(payload, ['clinician'])
    const token = await signIn(user)
    const selfDisable = await payload.update({ collection: 'users', id: user.id, user, overrideAccess: false, data: { disabled: true } })
    expect(selfDisable.disabled).toBeFalsy()
    await payload.update({ collection: 'users', id: user.id, user: admin, overrideAccess: false, data: { disabled: true } })
    expect(await resolveSessionUser({ payload, token })).toBeNull()
    expect(await verifyCredentials(payload, user.email, PASSWORD)).toBeNull()
    await expect(payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).rejects.toThrow()
  })

  it('refuses a session idle for 30 minutes or older than 12 hours', async () => {
    const user = await createTestUser(payload, ['clinician'])
    const now = Math.floor(Date.now() / 1000)
    const token = await signIn(user, now)
    expect(await resolveSessionUser({ payload, token: { ...token, lastSeen: now - 29 * 60 } })).not.toBeNull()
    expect(await resolveSessionUser({ payload, token: { ...token, lastSeen: now - 30 * 60 } })).toBeNull()
    expect(await resolveSessionUser({ payload, token: { ...token, authTime: now - ABSOLUTE_SESSION_SECONDS, lastSeen: now } })).toBeNull()
  })

  it('ends sessions even when only the sessionVersion changes underneath (no stale cache)', async () => {
    const user = await createTestUser(payload, ['clinician'])
    const token = await signIn(user)
    await endUserSessions({ payload, userId: user.id })
    expect(await resolveSessionUser({ payload, token })).toBeNull()
  })
})

describe('credentials', () => {
  it.each(['short-pass1', 'qwerty123456', 'Password2024!', 'careleaf-careleaf'])(
    'refuses the weak password %j wherever a password is set',
    async (password) => {
      const email = `weak-${crypto.randomBytes(4).toString('hex')}@test.careleaf.local`
      await expect(
        payload.create({ collection: 'users', overrideAccess: true, data: { email, password, name: 'Weak', roles: ['clinician'] } }),
      ).rejects.toThrow(/password/i)
      const user = await createTestUser(payload, ['clinician'])
      await expect(
        payload.update({ collection: 'users', id: user.id, user, overrideAccess: false, data: { password, currentPassword: 'int-test-password-123' } }),
      ).rejects.toThrow()
    },
  )

  it('accepts a 64-character passphrase', async () => {
    const email = `long-${crypto.randomBytes(4).toString('hex')}@test.careleaf.local`
    const password = 'four words make a phrase, and this one goes on for sixty-four!!!'
    expect(password).toHaveLength(64)
    await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, name: 'Long', roles: ['clinician'] } })
    expect(await verifyCredentials(payload, email, password)).toMatchObject({ email })
  })

  it('locks an account for 15 minutes after 5 failed sign-ins, held in PostgreSQL', async () => {
    const user = await createTestUser(payload, ['clinician'])
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await verifyCredentials(payload, user.email, 'wrong-password-xyz')).toBeNull()
    // The right password no longer works…
    expect(await verifyCredentials(payload, user.email, PASSWORD)).toBeNull()
    const stored = await payload.db.findOne<{ id: number; lockUntil?: string | null; loginAttempts?: number | null }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    const lockedForMs = new Date(stored!.lockUntil!).getTime() - Date.now()
    expect(lockedForMs).toBeGreaterThan(14 * 60 * 1000)
    expect(lockedForMs).toBeLessThanOrEqual(15 * 60 * 1000)
    // …until the lock time has passed.
    await payload.update({ collection: 'users', id: user.id, overrideAccess: true, data: { lockUntil: new Date(Date.now() - 1000).toISOString() } })
    expect(await verifyCredentials(payload, user.email, PASSWORD)).toMatchObject({ id: user.id })
    const failures = await payload.count({ collection: 'audit-events', overrideAccess: true, where: { action: { equals: 'auth.fail' } } })
    expect(failures.totalDocs).toBeGreaterThanOrEqual(6)
  })

  it('takes the same time for an unknown email, a wrong password and a locked account (no enumeration by timing)', async () => {
    const victims = await Promise.all([0, 1, 2].map(() => createTestUser(payload, ['clinician'])))
    const locked = await createTestUser(payload, ['clinician'])
    for (let attempt = 0; attempt < 5; attempt += 1) await verifyCredentials(payload, locked.email, 'wrong-password-xyz')
    const time = async (email: string) => {
      const started = performance.now()
      expect(await verifyCredentials(payload, email, 'wrong-password-xyz')).toBeNull()
      return performance.now() - started
    }
    const unknown: number[] = []
    const wrong: number[] = []
    const lockedTimes: number[] = []
    // Interleaved so machine load affects each kind alike; 4 wrong tries per victim stay under the lock.
    for (let round = 0; round < 5; round += 1) {
      unknown.push(await time(`nobody-${round}-${crypto.randomBytes(3).toString('hex')}@test.careleaf.local`))
      wrong.push(await time(victims[round % 3]!.email))
      lockedTimes.push(await time(locked.email))
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const [u, w, l] = [median(unknown), median(wrong), median(lockedTimes)]
    console.info(`sign-in failure medians (ms): unknown email ${u.toFixed(0)}, wrong password ${w.toFixed(0)}, locked ${l.toFixed(0)}`)
    const margin = Math.max(50, 0.15 * w)
    expect(Math.abs(u - w)).toBeLessThan(margin)
    expect(Math.abs(l - w)).toBeLessThan(margin)
  }, 120_000)
})
