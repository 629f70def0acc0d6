import { Forbidden, type Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'

/**
 * Clears the failed-sign-in lock of the account with this email. Admins only:
 * anyone else could otherwise reset the 5-failure lockout between guesses and
 * make it void. The answer is the same whether the email exists or not (the
 * caller sees no difference), and a real unlock is audited as `user.unlock`.
 */
export async function unlockUser({ payload, actor, email }: { payload: Payload; actor: PortalUser | null; email: string }): Promise<void> {
  if (!actor || !hasRole(actor, 'admin')) throw new Forbidden()
  const normalisedEmail = email.trim().toLowerCase()
  if (!normalisedEmail || normalisedEmail.length > 320) return
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: normalisedEmail } },
    limit: 1,
    depth: 0,
    user: actor,
    overrideAccess: false,
  })
  const account = docs[0]
  if (!account) return
  // Payload's generated `unlock` type asks for a password the operation never reads.
  await payload.unlock({ collection: 'users', data: { email: normalisedEmail, password: '' }, overrideAccess: false, req: { user: actor } })
  await recordAuditEvent({ payload, action: 'user.unlock', actorId: actor.id, target: { collection: 'users', id: account.id } })
}
