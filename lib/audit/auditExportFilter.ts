import type { Where } from 'payload'
import { z } from 'zod'

import { AUDIT_ACTIONS } from './auditActions'

/** Simple filters for scripts and links: ?actor=3&action=handout.pdf&handout=12&from=2026-11-01&to=2026-11-30 */
const filterInput = z.object({
  actor: z.coerce.number().int().positive().optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  handout: z.coerce.number().int().positive().optional(),
  from: z.iso.date().or(z.iso.datetime()).optional(),
  to: z.iso.date().or(z.iso.datetime()).optional(),
})

export type AuditExportFilter = { ok: true; where: Where } | { ok: false; error: string }

/**
 * Builds the export's `where` from the simple filters plus, when present, the
 * admin list view's own `where` (so "Export CSV" exports what the list shows).
 */
export function auditExportFilter(query: Record<string, unknown>): AuditExportFilter {
  const parsed = filterInput.safeParse({ actor: query.actor, action: query.action, handout: query.handout, from: query.from, to: query.to })
  if (!parsed.success) return { ok: false, error: `Invalid filter: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}.` }
  const { actor, action, handout, from, to } = parsed.data
  const and: Where[] = []
  if (actor) and.push({ actor: { equals: actor } })
  if (action) and.push({ action: { equals: action } })
  if (handout) and.push({ and: [{ targetCollection: { equals: 'handouts' } }, { targetId: { equals: String(handout) } }] })
  if (from) and.push({ createdAt: { greater_than_equal: new Date(from).toISOString() } })
  // A bare date as `to` means the whole of that day.
  if (to) and.push({ createdAt: { less_than: new Date(to.length === 10 ? new Date(to).getTime() + 86_400_000 : new Date(to).getTime()).toISOString() } })
  if (query.where && typeof query.where === 'object') and.push(query.where as Where)
  return { ok: true, where: and.length > 0 ? { and } : {} }
}
