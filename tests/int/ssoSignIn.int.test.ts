import crypto from 'node:crypto'

import { Forbidden, type Payload, ValidationError } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { resolveSessionUser } from '@/lib/auth/resolveSessionUser'
import { resolveSsoUser } from '@/lib/auth/resolveSsoUser'
import { signInWithSso } from '@/lib/auth/signInWithSso'

import { createTestUser, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterEach(async () => {
  await payload.updateGlobal({ slug: 'sign-in-settings', overrideAccess: true, data: { ssoJustInTimeProvisioning: false, ssoDefaultRole: 'clinician' } })
})

function newcomerEmail(): string {
  return `newcomer-${crypto.randomBytes(5).toString('hex')}@hospital.example`
}

async function auditRows(where: Record<string, unknown>) {
  const { docs } = await payload.find({ collection: 'audit-events', where: where as never, sort: 'createdAt', limit: 20, depth: 0, overrideAccess: true })
  return docs.map((doc) => ({ action: doc.action, actor: doc.actor ?? null, targetId: doc.targetId ?? null, detail: doc.detail ?? null }))
}

async function usersWithEmail(email: string): Promise<number> {
  return (await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).totalDocs
}

describe('single sign-on: matching the IdP identity to a Careleaf user', () => {
  it('matches a verified email case-insensitively and gives the same session a password sign-in gives', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    const outcome = await signInWithSso({
      payload,
      claims: { email: `  ${clinician.email.toUpperCase()} `, email_verified: true, name: 'Someone Else' },
      provider: 'oidc',
    })
    expect(outcome).toEqual({
      ok: true,
      user: { id: clinician.id, name: clinician.name, email: clinician.email, roles: ['clinician'], sessionVersion: clinician.sessionVersion ?? 0 },
    })
    // Nothing about the account changes (the IdP's name is not copied over an admin's edit).
    expect((await payload.findByID({ collection: 'users', id: clinician.id, overrideAccess: true })).name).toBe(clinician.name)

    // The token the next-auth jwt callback builds from it opens the portal and Payload like a password sign-in.
    const now = Math.floor(Date.now() / 1000)
    const token = { uid: clinician.id, roles: clinician.roles, sv: outcome.ok ? outcome.user.sessionVersion : -1, authTime: now, lastSeen: now }
    expect(await resolveSessionUser({ payload, token })).toMatchObject({ id: clinician.id, collection: 'users' })

    expect(await auditRows({ actor: { equals: clinician.id } })).toEqual([
      { action: 'auth.signin', actor: clinician.id, targetId: String(clinician.id), detail: 'provider=oidc' },
    ])
  })

  it('never trusts an email the IdP has not verified, even when it names an existing account', async () => {
    const editor = await createTestUser(payload, ['editor'])
    for (const claims of [
      { email: editor.email, email_verified: false },
      { email: editor.email, email_verified: 'true' },
      { email: editor.email },
      { email_verified: true },
      { email: 'not an email', email_verified: true },
    ]) {
      expect(await resolveSsoUser({ payload, claims })).toEqual({ ok: false, reason: 'email-unverified' })
    }
    const before = (await auditRows({ detail: { equals: 'provider=oidc reason=email-unverified' } })).length
    expect(await signInWithSso({ payload, claims: { email: editor.email, email_verified: false }, provider: 'oidc' })).toEqual({
      ok: false,
      reason: 'email-unverified',
    })
    const after = await auditRows({ detail: { equals: 'provider=oidc reason=email-unverified' } })
    expect(after).toHaveLength(before + 1)
    // The refused attempt is not attributed to the account it claimed.
    expect(after.at(-1)).toEqual({ action: 'auth.fail', actor: null, targetId: null, detail: 'provider=oidc reason=email-unverified' })
  })

  it('refuses a disabled account and records it against that account', async () => {
    const reviewer = await createTestUser(payload, ['reviewer'])
    await payload.update({ collection: 'users', id: reviewer.id, overrideAccess: true, data: { disabled: true } })
    expect(await signInWithSso({ payload, claims: { email: reviewer.email, email_verified: true }, provider: 'oidc' })).toEqual({
      ok: false,
      reason: 'account-disabled',
    })
    expect(await auditRows({ targetCollection: { equals: 'users' }, targetId: { equals: String(reviewer.id) } })).toEqual([
      { action: 'auth.fail', actor: null, targetId: String(reviewer.id), detail: 'provider=oidc reason=account-disabled' },
    ])
  })

  it('refuses an unknown email while just-in-time provisioning is off, creating nothing', async () => {
    const email = newcomerEmail()
    expect(await signInWithSso({ payload, claims: { email, email_verified: true, name: 'Jo Newcomer' }, provider: 'oidc' })).toEqual({
      ok: false,
      reason: 'no-account',
    })
    expect(await usersWithEmail(email)).toBe(0)
  })

  it('with provisioning on, creates the account with the default role, a password nobody knows and a user.provision row', async () => {
    await payload.updateGlobal({ slug: 'sign-in-settings', overrideAccess: true, data: { ssoJustInTimeProvisioning: true, ssoDefaultRole: 'editor' } })
    const email = newcomerEmail()
    const outcome = await signInWithSso({
      payload,
      claims: { email: email.replace('newcomer', 'NewComer'), email_verified: true, name: ' Jo Newcomer ' },
      provider: 'oidc',
    })
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.user).toMatchObject({ email, name: 'Jo Newcomer', roles: ['editor'], sessionVersion: 0 })
    const id = outcome.user.id
    expect(await auditRows({ actor: { equals: id } })).toEqual([
      { action: 'user.provision', actor: id, targetId: String(id), detail: 'provider=oidc role=editor' },
      { action: 'auth.signin', actor: id, targetId: String(id), detail: 'provider=oidc' },
    ])
    // The account works only through SSO: no password anyone was told opens it.
    await expect(payload.login({ collection: 'users', data: { email, password: 'int-test-password-123' } })).rejects.toThrow()

    // The second sign-in finds the account; nothing is provisioned twice.
    expect(await resolveSsoUser({ payload, claims: { email, email_verified: true } })).toMatchObject({ ok: true, provisioned: false, user: { id } })
    expect(await usersWithEmail(email)).toBe(1)
  })

  it('provisions one account when the same newcomer signs in twice at once', async () => {
    await payload.updateGlobal({ slug: 'sign-in-settings', overrideAccess: true, data: { ssoJustInTimeProvisioning: true } })
    const email = newcomerEmail()
    const outcomes = await Promise.all([1, 2].map(() => resolveSsoUser({ payload, claims: { email, email_verified: true } })))
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
    expect(new Set(outcomes.map((outcome) => (outcome.ok ? outcome.user.id : 0))).size).toBe(1)
    expect(outcomes.filter((outcome) => outcome.ok && outcome.provisioned)).toHaveLength(1)
    expect(await usersWithEmail(email)).toBe(1)
    expect(
      await auditRows({ and: [{ action: { equals: 'user.provision' } }, { targetId: { equals: String(outcomes[0]!.ok ? outcomes[0]!.user.id : 0) } }] }),
    ).toHaveLength(1)
  })
})

describe('single sign-on: the sign-in settings global', () => {
  it('can never make admin the default role', async () => {
    await expect(payload.updateGlobal({ slug: 'sign-in-settings', overrideAccess: true, data: { ssoDefaultRole: 'admin' as never } })).rejects.toBeInstanceOf(
      ValidationError,
    )
  })

  it('is read and changed by admins only', async () => {
    const admin = await createTestUser(payload, ['admin'])
    expect(await payload.findGlobal({ slug: 'sign-in-settings', user: admin, overrideAccess: false })).toMatchObject({
      ssoJustInTimeProvisioning: false,
      ssoDefaultRole: 'clinician',
    })
    for (const role of ['clinician', 'editor', 'reviewer'] as const) {
      const user = await createTestUser(payload, [role])
      await expect(payload.findGlobal({ slug: 'sign-in-settings', user, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
      await expect(
        payload.updateGlobal({ slug: 'sign-in-settings', user, overrideAccess: false, data: { ssoJustInTimeProvisioning: true } }),
      ).rejects.toBeInstanceOf(Forbidden)
    }
    await payload.updateGlobal({
      slug: 'sign-in-settings',
      user: admin,
      overrideAccess: false,
      data: { ssoJustInTimeProvisioning: true, ssoDefaultRole: 'reviewer' },
    })
    expect(await payload.findGlobal({ slug: 'sign-in-settings', overrideAccess: true })).toMatchObject({
      ssoJustInTimeProvisioning: true,
      ssoDefaultRole: 'reviewer',
    })
  })
})
