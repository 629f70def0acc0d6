import { getPortalUser } from '@/lib/auth/getPortalUser'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { renderHandoutPdfResponse } from '@/lib/handouts/renderHandoutPdfResponse'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { resolveShareLink } from '@/lib/share/resolveShareLink'

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

/**
 * The PDF with the patient's link and its QR code printed on it. Only the
 * link's token can make that URL (the database keeps its hash), and the
 * clinician has it only right after creating the link, so it is posted in
 * the body: never in a URL, where logs and history would keep it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getPortalUser()
  if (!user) return new Response('Sign in to download this handout.', { status: 401 })
  const handoutId = Number((await params).id)
  if (!Number.isInteger(handoutId) || handoutId <= 0) return new Response('Not found', { status: 404 })

  const payload = await getPayloadClient()
  const handout = await payload
    .findByID({ collection: 'handouts', id: handoutId, depth: 0, user, overrideAccess: false })
    .catch(() => null)
  if (!handout) return new Response('Not found', { status: 404 })

  const form = await request.formData().catch(() => null)
  const token = form?.get('token')
  const resolved = typeof token === 'string' ? await resolveShareLink({ payload, token }) : null
  const linkedHandout = resolved?.status === 'ok' ? (typeof resolved.link.handout === 'number' ? resolved.link.handout : resolved.link.handout.id) : null
  if (typeof token !== 'string' || resolved?.status !== 'ok' || linkedHandout !== handout.id) {
    return new Response('That patient link is not active for this handout. Download the PDF without it, or create a new link.', { status: 400 })
  }

  // NEXTAUTH_URL is the public origin in production; the request URL may name an internal host.
  const shareUrl = new URL(`/p/${token}`, process.env.NEXTAUTH_URL ?? request.url).toString()
  const response = await renderHandoutPdfResponse({ payload, handout, shareUrl })
  await recordAuditEvent({ payload, action: 'handout.pdf', actorId: user.id, target: { collection: 'handouts', id: handout.id }, detail: `with link ${resolved.link.tokenId}` })
  return response
}
