import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'

import { resolveSsoUser, type SsoClaims, type SsoRefusal } from './resolveSsoUser'
import { toVerifiedUser, type VerifiedUser } from './verifyCredentials'

/**
 * A single sign-on attempt after the IdP has authenticated the person and
 * next-auth has validated the ID token (signature, issuer, audience, nonce):
 * decides who they are in Careleaf and audits the outcome. Audit rows name
 * the provider and the reason, never the email or any token.
 */
export async function signInWithSso({
  payload,
  claims,
  provider,
}: {
  payload: Payload
  claims: SsoClaims
  provider: string
}): Promise<{ ok: true; user: VerifiedUser } | { ok: false; reason: SsoRefusal }> {
  const resolution = await resolveSsoUser({ payload, claims, provider })
  if (!resolution.ok) {
    const target = resolution.userId ? { collection: 'users', id: resolution.userId } : undefined
    await recordAuditEvent({ payload, action: 'auth.fail', actorId: null, target, detail: `provider=${provider} reason=${resolution.reason}` })
    return { ok: false, reason: resolution.reason }
  }
  const { user } = resolution
  await recordAuditEvent({ payload, action: 'auth.signin', actorId: user.id, target: { collection: 'users', id: user.id }, detail: `provider=${provider}` })
  return { ok: true, user: toVerifiedUser(user) }
}
