import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { User } from '@/payload-types'

export interface VerifiedUser {
  id: number
  name: string
  email: string
  roles: User['roles']
}

/**
 * Checks an email and password against the Payload `users` collection, which
 * stores only a salted PBKDF2 hash and locks an account after repeated
 * failures. Returns null for every kind of failure, so the caller cannot
 * tell (or tell an attacker) whether the email exists.
 */
export async function verifyCredentials(payload: Payload, email: string, password: string): Promise<VerifiedUser | null> {
  const normalisedEmail = email.trim().toLowerCase()
  if (!normalisedEmail || !password) return null
  try {
    const result = await payload.login({ collection: 'users', data: { email: normalisedEmail, password } })
    const user = result.user
    if (!user) throw new Error('no user')
    await recordAuditEvent({ payload, action: 'auth.signin', actorId: user.id, target: { collection: 'users', id: user.id } })
    return { id: user.id, name: user.name, email: user.email, roles: user.roles }
  } catch {
    // The reason (unknown email, wrong password, locked) stays out of logs and responses.
    await recordAuditEvent({ payload, action: 'auth.fail', actorId: null })
    return null
  }
}
