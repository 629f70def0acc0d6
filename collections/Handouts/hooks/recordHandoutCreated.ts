import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { Handout } from '@/payload-types'

export const recordHandoutCreated: CollectionAfterChangeHook<Handout> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  // Same `req`, so the audit row commits or rolls back with the handout.
  await recordAuditEvent({ payload: req.payload, req, action: 'handout.create', actorId: req.user?.id ?? null, target: { collection: 'handouts', id: doc.id } })
  return doc
}
