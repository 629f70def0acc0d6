import type { CollectionAfterLogoutHook } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { endUserSessions } from '@/lib/auth/endUserSessions'

/**
 * Logging out of the admin (or the REST API) with the shared session ends the
 * portal session too. Payload itself drops its own `local-jwt` session row.
 */
export const endSessionsOnLogout: CollectionAfterLogoutHook = async ({ req }) => {
  const user = req.user
  if (!user || user.collection !== 'users') return
  if ((user as { _strategy?: string })._strategy === 'next-auth') await endUserSessions({ payload: req.payload, userId: user.id, req })
  await recordAuditEvent({ payload: req.payload, req, action: 'auth.signout', actorId: user.id, target: { collection: 'users', id: user.id } })
}
