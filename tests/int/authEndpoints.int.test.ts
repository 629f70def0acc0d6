import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'
import { verifyCredentials } from '@/lib/auth/verifyCredentials'

import { createTestUser, getTestPayload } from './testPayload'
import { restCall, type RestAnswer, restToken } from '../support/payloadRest'

/**
 * Payload's own auth endpoints (`/api/users/*`) as REST clients call them,
 * held to the same rules as /sign-in and the portal's session policy.
 */
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const PASSWORD = 'int-test-password-123'

function rest(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<RestAnswer> {
  return restCall(payload, method, path, options)
}

function jwtFor(user: PortalUser): Promise<string> {
  return restToken(payload, user.email, PASSWORD)
}

async function lockState(userId: number): Promise<{ loginAttempts: number; lockUntil: string | null }> {
  const stored = await payload.db.findOne<{ id: number; loginAttempts?: number | null; lockUntil?: string | null }>({
    collection: 'users',
    where: { id: { equals: userId } },
  })
  return { loginAttempts: Number(stored?.loginAttempts ?? 0), lockUntil: stored?.lockUntil ?? null }
}

async function lockAccount(userId: number): Promise<void> {
  await payload.db.updateOne({
    collection: 'users',
    where: { id: { equals: userId } },
    data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 15 * 60 * 1000).toISOString() },
  })
}

async function auditCount(action: string, targetId?: number): Promise<number> {
  const where: Where =
    targetId === undefined ? { action: { equals: action } } : { and: [{ action: { equals: action } }, { targetId: { equals: String(targetId) } }] }
  return (await payload.count({ collection: 'audit-events', overrideAccess: true, where })).totalDocs
}

describe('POST /api/users/unlock', () => {
  it('refuses every non-admin the same way for known and unknown emails, and leaves the lock in place', async () => {
    const admin = await createTestUser(payload, ['admin'])
    await lockAccount(admin.id)
    for (const role of ['clinician', 'editor', 'reviewer'] as const) {
      const token = await jwtFor(await createTestUser(payload, [role]))
      const known = await rest('POST', '/users/unlock', { token, body: { email: admin.email } })
      const unknown = await rest('POST', '/users/unlock', { token, body: { email: 'nobody-here@test.careleaf.local' } })
      expect(known.status).toBe(403)
      expect(unknown).toMatchObject({ status: known.status, json: known.json })
    }
    expect((await rest('POST', '/users/unlock', { body: { email: admin.email } })).status).toBe(403)
    expect((await lockState(admin.id)).lockUntil).not.toBeNull()
    expect(await auditCount('user.unlock', admin.id)).toBe(0)
  })

  it('refuses non-admins through the Local API too', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    const victim = await createTestUser(payload, ['editor'])
    await lockAccount(victim.id)
    await expect(
      payload.unlock({ collection: 'users', data: { email: victim.email, password: '' }, overrideAccess: false, req: { user: clinician } }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await lockState(victim.id)).lockUntil).not.toBeNull()
  })

  it('lets an admin unlock, answers the same for an unknown email, and audits the unlock', async () => {
    const admin = await createTestUser(payload, ['admin'])
    const locked = await createTestUser(payload, ['clinician'])
    await lockAccount(locked.id)
    const token = await jwtFor(admin)
    const known = await rest('POST', '/users/unlock', { token, body: { email: locked.email.toUpperCase() } })
    const unknown = await rest('POST', '/users/unlock', { token, body: { email: 'nobody-here@test.careleaf.local' } })
    expect(known.status).toBe(200)
    expect(unknown).toMatchObject({ status: known.status, json: known.json })
    expect(await lockState(locked.id)).toEqual({ loginAttempts: 0, lockUntil: null })
    expect(await auditCount('user.unlock', locked.id)).toBe(1)
  })
})

describe('POST /api/users/login (REST)', () => {
  const login = (email: string, password: string) => rest('POST', '/users/login', { body: { email, password } })
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

  it('takes the same time and says the same thing for an unknown email, a wrong password and a locked account, each audited', async () => {
    const victims = await Promise.all([0, 1, 2].map(() => createTestUser(payload, ['clinician'])))
    const locked = await createTestUser(payload, ['clinician'])
    await lockAccount(locked.id)
    const failuresBefore = await payload.count({
      collection: 'audit-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'auth.fail' } }, { detail: { equals: 'provider=rest' } }] },
    })
    const answers: RestAnswer[] = []
    const time = async (email: string) => {
      const started = performance.now()
      answers.push(await login(email, 'wrong-password-xyz'))
      return performance.now() - started
    }
    const unknown: number[] = []
    const wrong: number[] = []
    const lockedTimes: number[] = []
    // Interleaved so machine load affects each kind alike; one wrong try per victim stays under the lock.
    for (let round = 0; round < 3; round += 1) {
      unknown.push(await time(`nobody-${round}-${Date.now()}@test.careleaf.local`))
      wrong.push(await time(victims[round]!.email))
      lockedTimes.push(await time(locked.email))
    }
    const [u, w, l] = [median(unknown), median(wrong), median(lockedTimes)]
    const margin = Math.max(50, 0.15 * w)
    expect(Math.abs(u - w)).toBeLessThan(margin)
    expect(Math.abs(l - w)).toBeLessThan(margin)
    for (const answer of answers) expect({ status: answer.status, json: answer.json }).toEqual({ status: answers[0]!.status, json: answers[0]!.json })
    expect(answers[0]!.status).toBe(401)
    const failuresAfter = await payload.count({
      collection: 'audit-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'auth.fail' } }, { detail: { equals: 'provider=rest' } }] },
    })
    expect(failuresAfter.totalDocs - failuresBefore.totalDocs).toBe(answers.length)
  }, 60_000)

  it('shares the lockout counter with /sign-in and audits a successful login', async () => {
    const user = await createTestUser(payload, ['editor'])
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await login(user.email, 'wrong-password-xyz')).status).toBe(401)
    expect((await lockState(user.id)).loginAttempts).toBe(3)
    const ok = await login(user.email, PASSWORD)
    expect(ok.status).toBe(200)
    expect(ok.json).toMatchObject({ user: { id: user.id, email: user.email }, token: expect.any(String) })
    expect(
      await payload.count({
        collection: 'audit-events',
        overrideAccess: true,
        where: { and: [{ action: { equals: 'auth.signin' } }, { actor: { equals: user.id } }, { detail: { equals: 'provider=rest' } }] },
      }),
    ).toMatchObject({ totalDocs: 1 })
    // A success resets the counter; 5 failures across both doors then lock the account for both.
    for (let attempt = 0; attempt < 3; attempt += 1) await login(user.email, 'wrong-password-xyz')
    for (let attempt = 0; attempt < 2; attempt += 1) expect(await verifyCredentials(payload, user.email, 'wrong-password-xyz')).toBeNull()
    expect((await lockState(user.id)).lockUntil).not.toBeNull()
    expect((await login(user.email, PASSWORD)).status).toBe(401)
  }, 60_000)
})

describe('POST /api/users/forgot-password', () => {
  it('takes the same time for a known and an unknown email, and logs neither the address nor the reset token', async () => {
    const users = await Promise.all([0, 1, 2].map(() => createTestUser(payload, ['clinician'])))
    const logged: string[] = []
    const capture = (...args: unknown[]) => {
      logged.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))
    }
    const spies = [
      ...(['info', 'warn', 'error', 'debug', 'trace', 'fatal'] as const).map((level) => vi.spyOn(payload.logger, level).mockImplementation(capture as never)),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(capture)),
    ]
    const time = async (email: string) => {
      const started = performance.now()
      const answer = await rest('POST', '/users/forgot-password', { body: { email } })
      expect(answer).toMatchObject({ status: 200 })
      return { ms: performance.now() - started, json: answer.json }
    }
    const known: number[] = []
    const unknown: number[] = []
    const answers: Record<string, unknown>[] = []
    try {
      for (let round = 0; round < 3; round += 1) {
        const k = await time(users[round]!.email)
        const u = await time(`nobody-${round}-${Date.now()}@test.careleaf.local`)
        known.push(k.ms)
        unknown.push(u.ms)
        answers.push(k.json, u.json)
      }
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const [k, u] = [median(known), median(unknown)]
    expect(Math.abs(k - u)).toBeLessThan(Math.max(50, 0.15 * k))
    for (const answer of answers) expect(answer).toEqual(answers[0])

    const stored = await payload.db.findOne<{ id: number; resetPasswordToken?: string | null }>({
      collection: 'users',
      where: { id: { equals: users[0]!.id } },
    })
    // The request did its work for a real account (a token to reset with), it just said nothing about it.
    expect(stored?.resetPasswordToken).toBeTruthy()
    const secrets = [...users.map((user) => user.email), stored?.resetPasswordToken].filter((value): value is string => Boolean(value))
    for (const line of logged) for (const secret of secrets) expect(line).not.toContain(secret)
  }, 60_000)
})

describe('REST tokens keep the session limits', () => {
  const nowSeconds = () => Math.floor(Date.now() / 1000)

  async function backdateSession(userId: number, seconds: number): Promise<void> {
    const stored = await payload.db.findOne<{ id: number; sessions?: { id: string; createdAt?: string | null; expiresAt: string }[] | null }>({
      collection: 'users',
      where: { id: { equals: userId } },
    })
    const sessions = (stored?.sessions ?? []).map((session) => ({ ...session, createdAt: new Date(Date.now() - seconds * 1000).toISOString() }))
    await payload.db.updateOne({ collection: 'users', id: userId, data: { sessions }, returning: false })
  }

  it('a login token lives no longer than the idle limit, and so does a refreshed one', async () => {
    const user = await createTestUser(payload, ['editor'])
    const loggedIn = await rest('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })
    expect(loggedIn.status).toBe(200)
    expect(Number(loggedIn.json.exp) - nowSeconds()).toBeLessThanOrEqual(30 * 60)
    const refreshed = await rest('POST', '/users/refresh-token', { token: String(loggedIn.json.token) })
    expect(refreshed.status).toBe(200)
    expect(Number(refreshed.json.exp) - nowSeconds()).toBeLessThanOrEqual(30 * 60)
    expect(Number(refreshed.json.exp) - nowSeconds()).toBeGreaterThan(25 * 60)
  })

  it('no refresh reaches past 12 hours from the login', async () => {
    const user = await createTestUser(payload, ['editor'])
    const token = await jwtFor(user)
    // 11 h 50 min in: the refreshed token ends with the 12-hour limit, not 30 minutes later.
    await backdateSession(user.id, 12 * 60 * 60 - 10 * 60)
    const nearTheEnd = await rest('POST', '/users/refresh-token', { token })
    expect(nearTheEnd.status).toBe(200)
    expect(Number(nearTheEnd.json.exp) - nowSeconds()).toBeLessThanOrEqual(10 * 60)
    await backdateSession(user.id, 12 * 60 * 60)
    const past = await rest('POST', '/users/refresh-token', { token: String(nearTheEnd.json.refreshedToken) })
    expect(past.status).toBe(403)
    expect(past.json).not.toHaveProperty('refreshedToken')
  })

  it("me, login and refresh-token return only the user's own safe fields", async () => {
    const user = await createTestUser(payload, ['clinician'])
    const loggedIn = await rest('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })
    const token = String(loggedIn.json.token)
    const me = await rest('GET', '/users/me', { token })
    const refreshed = await rest('POST', '/users/refresh-token', { token })
    const safe = ['id', 'name', 'email', 'roles', 'disabled', 'sharesHandoutsWithClinic', 'sessionVersion', 'createdAt', 'updatedAt', 'collection', '_strategy']
    for (const answer of [loggedIn, me, refreshed]) {
      expect(answer.status).toBe(200)
      expect(answer.json.user).toMatchObject({ id: user.id })
      expect(Object.keys(answer.json.user as object).filter((key) => !safe.includes(key))).toEqual([])
    }
  })
})

describe('changing a password through REST', () => {
  const NEW_PASSWORD = 'a brand new passphrase 42'

  it("one's own needs the current password, which is never stored or returned", async () => {
    const user = await createTestUser(payload, ['clinician'])
    const token = await jwtFor(user)
    const without = await rest('PATCH', `/users/${user.id}`, { token, body: { password: NEW_PASSWORD } })
    expect(without.status).toBe(400)
    const wrong = await rest('PATCH', `/users/${user.id}`, { token, body: { password: NEW_PASSWORD, currentPassword: 'not-my-password-1' } })
    expect(wrong.status).toBe(400)
    expect(await verifyCredentials(payload, user.email, PASSWORD)).not.toBeNull()

    const freshToken = await jwtFor(user)
    const changed = await rest('PATCH', `/users/${user.id}`, { token: freshToken, body: { password: NEW_PASSWORD, currentPassword: PASSWORD } })
    expect(changed.status).toBe(200)
    expect(changed.json.doc).not.toHaveProperty('currentPassword')
    expect(await verifyCredentials(payload, user.email, NEW_PASSWORD)).not.toBeNull()
    expect(await auditCount('user.password-reset', user.id)).toBe(0)
  }, 60_000)

  it("an admin sets someone else's without it, audited as user.password-reset", async () => {
    const admin = await createTestUser(payload, ['admin'])
    const user = await createTestUser(payload, ['editor'])
    const reset = await rest('PATCH', `/users/${user.id}`, { token: await jwtFor(admin), body: { password: NEW_PASSWORD } })
    expect(reset.status).toBe(200)
    expect(await verifyCredentials(payload, user.email, NEW_PASSWORD)).not.toBeNull()
    const events = await payload.find({
      collection: 'audit-events',
      overrideAccess: true,
      depth: 0,
      where: { and: [{ action: { equals: 'user.password-reset' } }, { targetId: { equals: String(user.id) } }] },
    })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0]!.actor).toBe(admin.id)
  }, 60_000)
})
