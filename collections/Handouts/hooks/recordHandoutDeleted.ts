import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { Handout } from '@/payload-types'

/**
 * Audits the soft delete however it happens (workspace or REST), in the same
 * transaction: a handout cannot disappear without a trace.
 */
export const recordHandoutDeleted: CollectionAfterChangeHook<Handout> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !doc.deletedAt || previousDoc?.deletedAt) return doc
  await recordAuditEvent({ payload: req.payload, req, action: 'handout.delete', actorId: req.user?.id ?? null, target: { collection: 'handouts', id: doc.id } })
  return doc
}
