import { getPortalUser } from '@/lib/auth/getPortalUser'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { renderHandoutPdfResponse } from '@/lib/handouts/renderHandoutPdfResponse'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getPortalUser()
  if (!user) return new Response('Sign in to download this handout.', { status: 401 })
  const handoutId = Number((await params).id)
  if (!Number.isInteger(handoutId) || handoutId <= 0) return new Response('Not found', { status: 404 })

  const payload = await getPayloadClient()
  const handout = await payload
    .findByID({ collection: 'handouts', id: handoutId, depth: 0, user, overrideAccess: false })
    .catch(() => null)
  if (!handout) return new Response('Not found', { status: 404 })

  const response = await renderHandoutPdfResponse({ payload, handout })
  await recordAuditEvent({ payload, action: 'handout.pdf', actorId: user.id, target: { collection: 'handouts', id: handout.id } })
  return response
}
