import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { Handout } from '@/payload-types'

import { CHANGED_FIELDS_CONTEXT } from './noteChangedFields'

/**
 * Audits every change to a handout, however it is made (workspace, admin or
 * REST), in the same transaction. The detail names the changed fields, never
 * their values: those are PHI (a patient's name, instructions).
 */
export const recordHandoutUpdated: CollectionAfterChangeHook<Handout> = async ({ doc, operation, req }) => {
  if (operation !== 'update') return doc
  const noted = (req.context[CHANGED_FIELDS_CONTEXT] ?? {}) as Record<string, string[]>
  const changed = noted[String(doc.id)] ?? []
  if (changed.length === 0) return doc
  await recordAuditEvent({
    payload: req.payload,
    req,
    action: 'handout.update',
    actorId: req.user?.id ?? null,
    target: { collection: 'handouts', id: doc.id },
    detail: `fields: ${changed.join(', ')}`,
  })
  return doc
}
