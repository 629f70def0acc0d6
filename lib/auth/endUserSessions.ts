import type { Payload, PayloadRequest } from 'payload'

/**
 * Ends every next-auth session of a user (all browsers) by moving their
 * `sessionVersion` on: tokens carrying the old one are refused at the next
 * request. Access is overridden (this is not a user edit); inside the caller's transaction when `req` is given.
 */
export async function endUserSessions({ payload, userId, req }: { payload: Payload; userId: number; req?: Partial<PayloadRequest> }): Promise<void> {
  const current = await payload.db.findOne<{ id: number; sessionVersion?: number | null }>({ collection: 'users', where: { id: { equals: userId } }, req })
  if (!current) return
  await payload.update({
    collection: 'users',
    id: userId,
    // Ending sessions is not a user edit: it must work whatever the caller may edit.
    overrideAccess: true,
    depth: 0,
    req,
    data: { sessionVersion: (current.sessionVersion ?? 0) + 1, sessions: [] },
  })
}
