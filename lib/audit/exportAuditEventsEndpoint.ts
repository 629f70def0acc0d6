import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'

import { auditCsvHeader, auditCsvRow } from './auditCsv'
import { auditExportFilter } from './auditExportFilter'
import { recordAuditEvent } from './recordAuditEvent'

const PAGE_SIZE = 500

/**
 * GET /api/audit-events/export.csv — admins only, streamed page by page so a
 * year of events never sits in memory, and itself audited (who exported what).
 */
export const exportAuditEventsEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    const { payload, user } = req
    if (!user) return Response.json({ error: 'Sign in as an admin to export the audit trail.' }, { status: 401 })
    if (!hasRole(user, 'admin')) return Response.json({ error: 'Only admins may export the audit trail.' }, { status: 403 })
    const filter = auditExportFilter((req.query ?? {}) as Record<string, unknown>)
    if (!filter.ok) return Response.json({ error: filter.error }, { status: 400 })

    // Oldest first, a page at a time, read as the admin: the whole trail is never held in memory. Each actor comes
    // with its email only (depth 1, populate), read as the admin too, so the users' read rule still applies.
    const readPage = (page: number) =>
      payload.find({
        collection: 'audit-events',
        where: filter.where,
        user,
        overrideAccess: false,
        sort: 'createdAt',
        depth: 1,
        populate: { users: { email: true } },
        limit: PAGE_SIZE,
        page,
      })
    const first = await readPage(1)
    // Recorded before streaming: an export that fails halfway is still an export attempt.
    await recordAuditEvent({ payload, action: 'audit.export', actorId: user.id, detail: `${first.totalDocs} events` })

    const encoder = new TextEncoder()
    let page = 1
    let current = first
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(auditCsvHeader()))
      },
      async pull(controller) {
        try {
          controller.enqueue(encoder.encode(current.docs.map(auditCsvRow).join('')))
          if (!current.hasNextPage) {
            controller.close()
            return
          }
          page += 1
          current = await readPage(page)
        } catch (error) {
          payload.logger.error({ msg: 'audit export failed', err: error instanceof Error ? error.name : 'unknown' })
          controller.error(new Error('export failed'))
        }
      },
    })
    const stamp = new Date().toISOString().slice(0, 10)
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="careleaf-audit-${stamp}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
