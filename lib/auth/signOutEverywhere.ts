import type { JWT } from 'next-auth/jwt'
import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'

import { endUserSessions } from './endUserSessions'

/**
 * Sign-out ends the user's sessions on the server, in the portal and the
 * admin alike (they share one session), not just the cookie in this browser.
 */
export async function signOutEverywhere({ payload, token }: { payload: Payload; token: JWT | null }): Promise<void> {
  const uid = token?.uid
  if (typeof uid !== 'number' || !Number.isInteger(uid)) return
  await endUserSessions({ payload, userId: uid })
  await recordAuditEvent({ payload, action: 'auth.signout', actorId: uid, target: { collection: 'users', id: uid } })
}
