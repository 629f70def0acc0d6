import type { CollectionBeforeChangeHook } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { User } from '@/payload-types'

/**
 * Someone (an admin) setting another user's password is audited as
 * `user.password-reset`, in the same transaction as the change. Runs before
 * the change because Payload drops the new password from `data` once hashed.
 */
export const auditPasswordReset: CollectionBeforeChangeHook<User> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || typeof (data as { password?: unknown }).password !== 'string') return data
  if (!req.user || req.user.collection !== 'users' || req.user.id === originalDoc.id) return data
  await recordAuditEvent({
    payload: req.payload,
    req,
    action: 'user.password-reset',
    actorId: req.user.id,
    target: { collection: 'users', id: originalDoc.id },
  })
  return data
}
