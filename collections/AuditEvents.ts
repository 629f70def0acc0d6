import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { AUDIT_ACTIONS } from '@/lib/audit/auditActions'
import { exportAuditEventsEndpoint } from '@/lib/audit/exportAuditEventsEndpoint'

/**
 * Append-only record of who did what (HIPAA §164.312(b) audit controls).
 * Rows hold ids, never PHI, tokens or secrets. Nobody can edit or delete one
 * through any API; the server writes them via `recordAuditEvent`.
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: { singular: 'Audit event', plural: 'Audit events' },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'actor', 'targetCollection', 'targetId'],
    listSearchableFields: ['targetId', 'detail'],
    components: { beforeListTable: ['@/components/audit/AuditExportLink#AuditExportLink'] },
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: [exportAuditEventsEndpoint],
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: AUDIT_ACTIONS.map((value) => ({ label: value, value })) },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true },
    { name: 'targetCollection', type: 'text' },
    { name: 'targetId', type: 'text', index: true },
    { name: 'detail', type: 'text', admin: { description: 'Non-identifying context, e.g. a share link id.' } },
  ],
}
