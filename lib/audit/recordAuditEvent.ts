import type { Payload, PayloadRequest } from 'payload'

import type { AuditAction } from './auditActions'

interface RecordAuditEventArgs {
  payload: Payload
  action: AuditAction
  actorId: number | null
  target?: { collection: string; id: number | string }
  /** Short, non-identifying context (e.g. a share link id). Never PHI or a token. */
  detail?: string
  /** Pass the request of the action being audited so both commit in one transaction. */
  req?: Partial<PayloadRequest>
}

export async function recordAuditEvent({ payload, action, actorId, target, detail, req }: RecordAuditEventArgs): Promise<void> {
  await payload.create({
    collection: 'audit-events',
    // The audit collection refuses every API write; this function is the one writer.
    overrideAccess: true,
    req,
    data: {
      action,
      actor: actorId,
      targetCollection: target?.collection,
      targetId: target ? String(target.id) : undefined,
      detail,
    },
  })
}
