import type { GlobalAfterChangeHook } from 'payload'

import type { AuditAction } from './auditActions'
import { changedFieldNames } from './changedFieldNames'
import { recordAuditEvent } from './recordAuditEvent'

/**
 * An afterChange hook for a global: who changed which fields (names only,
 * never values, which may be a phone number or a setting worth hiding), in the
 * same transaction as the change. A save that changes nothing is not recorded.
 */
export function recordGlobalChange(action: Extract<AuditAction, 'clinic.update' | 'settings.update'>): GlobalAfterChangeHook {
  return async ({ doc, previousDoc, req, global }) => {
    const changed = changedFieldNames(previousDoc, doc)
    if (changed.length === 0) return doc
    await recordAuditEvent({
      payload: req.payload,
      action,
      actorId: typeof req.user?.id === 'number' ? req.user.id : null,
      target: { collection: global.slug, id: global.slug },
      detail: `fields ${changed.join(',')}`,
      req,
    })
    return doc
  }
}
