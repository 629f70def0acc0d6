import crypto from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { User } from '@/payload-types'

import { isSsoDefaultRole, type SsoDefaultRole } from './ssoDefaultRoles'

/** Why single sign-on refused someone; each has its own message on /sign-in. */
export type SsoRefusal = 'email-unverified' | 'no-account' | 'account-disabled'

export type SsoResolution = { ok: true; user: User; provisioned: boolean } | { ok: false; reason: SsoRefusal; userId?: number }

/** The ID token claims Careleaf reads (OpenID Connect Core §5.1); anything else is ignored. */
export interface SsoClaims {
  email?: unknown
  email_verified?: unknown
  name?: unknown
}

const MAX_EMAIL_LENGTH = 320
const MAX_NAME_LENGTH = 200

/**
 * The email an IdP vouches for, lowercased, or null. Only `email_verified`
 * exactly `true` counts: an unverified address is whatever the person typed
 * at the IdP, and matching on it would let anyone claim a colleague's account.
 */
export function verifiedEmailOf(claims: SsoClaims): string | null {
  if (claims.email_verified !== true || typeof claims.email !== 'string') return null
  const email = claims.email.trim().toLowerCase()
  if (!email || email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+$/.test(email)) return null
  return email
}

function displayNameOf(claims: SsoClaims, email: string): string {
  const name = typeof claims.name === 'string' ? claims.name.trim().slice(0, MAX_NAME_LENGTH) : ''
  return name || email
}

async function findUserByEmail(payload: Payload, email: string): Promise<User | undefined> {
  // Who is signing in is decided before any access rule can apply; nothing here reaches the client.
  // Payload stores auth emails lowercased (its email field hook), so `equals` on the lowercased claim is case-insensitive.
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]
}

async function readProvisioningPolicy(payload: Payload): Promise<{ enabled: boolean; role: SsoDefaultRole }> {
  const settings = await payload.findGlobal({ slug: 'sign-in-settings', depth: 0, overrideAccess: true })
  // The select only offers non-admin roles; anything else (a hand-edited row) falls back to the least privilege.
  return { enabled: settings.ssoJustInTimeProvisioning === true, role: isSsoDefaultRole(settings.ssoDefaultRole) ? settings.ssoDefaultRole : 'clinician' }
}

/**
 * Creates the account and its `user.provision` audit row in one transaction.
 * The password is random and never shown or stored anywhere but as Payload's
 * hash, so the account can only be used through single sign-on (until an
 * admin or the user sets a password).
 */
async function provisionUser({
  payload,
  email,
  name,
  role,
  provider,
}: {
  payload: Payload
  email: string
  name: string
  role: SsoDefaultRole
  provider: string
}): Promise<User> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const user = await payload.create({
      collection: 'users',
      // Nobody is signed in yet: the admin's provisioning switch is the authority here.
      overrideAccess: true,
      depth: 0,
      req,
      data: { email, name, roles: [role], password: crypto.randomBytes(48).toString('base64url') },
    })
    await recordAuditEvent({
      payload,
      action: 'user.provision',
      actorId: user.id,
      target: { collection: 'users', id: user.id },
      detail: `provider=${provider} role=${role}`,
      req,
    })
    await commitTransaction(req)
    return user
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Maps a signed-in IdP identity to the Careleaf user: by verified email,
 * case-insensitively; disabled accounts are refused; an unknown email is
 * refused unless an admin turned on just-in-time provisioning in
 * Sign-in settings, which creates the account with the default role.
 */
export async function resolveSsoUser({
  payload,
  claims,
  provider = 'oidc',
}: {
  payload: Payload
  claims: SsoClaims
  provider?: string
}): Promise<SsoResolution> {
  const email = verifiedEmailOf(claims)
  if (!email) return { ok: false, reason: 'email-unverified' }

  const existing = await findUserByEmail(payload, email)
  if (existing) return existing.disabled ? { ok: false, reason: 'account-disabled', userId: existing.id } : { ok: true, user: existing, provisioned: false }

  const policy = await readProvisioningPolicy(payload)
  if (!policy.enabled) return { ok: false, reason: 'no-account' }
  try {
    return { ok: true, user: await provisionUser({ payload, email, name: displayNameOf(claims, email), role: policy.role, provider }), provisioned: true }
  } catch (error) {
    // Two first sign-ins at once: the other one created the account (unique email), so use it.
    const created = await findUserByEmail(payload, email)
    if (!created) throw error
    return created.disabled ? { ok: false, reason: 'account-disabled', userId: created.id } : { ok: true, user: created, provisioned: false }
  }
}
