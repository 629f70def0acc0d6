import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { getPortalUser } from '@/lib/auth/getPortalUser'
import { renderHandoutPdfResponse } from '@/lib/handouts/renderHandoutPdfResponse'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { findShareLinkPrintout } from '@/lib/share/findShareLinkPrintout'
import { shareUrlFor } from '@/lib/share/shareUrl'

function parseHandoutId(raw: string): number | null {
  const id = Number(raw)
  return Number.isInteger(id) && id > 0 ? id : null
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getPortalUser()
  if (!user) return new Response('Sign in to download this handout.', { status: 401 })
  const handoutId = parseHandoutId((await params).id)
  if (!handoutId) return new Response('Not found', { status: 404 })

  const payload = await getPayloadClient()
  const handout = await payload.findByID({ collection: 'handouts', id: handoutId, depth: 0, user, overrideAccess: false }).catch(() => null)
  if (!handout) return new Response('Not found', { status: 404 })

  const response = await renderHandoutPdfResponse({ payload, handout })
  await recordAuditEvent({ payload, action: 'handout.pdf', actorId: user.id, target: { collection: 'handouts', id: handout.id } })
  return response
}

/**
 * The printout for a link just created: posted (never in a URL) with the
 * token and access code the clinician's browser holds, so the paper copy can
 * carry the link, its QR code and the code the patient will be asked for.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getPortalUser()
  if (!user) return new Response('Sign in to download this handout.', { status: 401 })
  const handoutId = parseHandoutId((await params).id)
  const form = await request.formData().catch(() => null)
  const token = form?.get('token')
  const accessCode = form?.get('accessCode')
  if (!handoutId) return new Response('Not found', { status: 404 })
  const notPrintable = () =>
    new Response('That patient link is not active for this handout. Download the PDF without it, or create a new link.', { status: 400 })
  if (typeof token !== 'string') return notPrintable()

  const payload = await getPayloadClient()
  const printout = await findShareLinkPrintout({ payload, user, handoutId, token, accessCode: typeof accessCode === 'string' ? accessCode : null })
  if (!printout) return notPrintable()

  const shareUrl = shareUrlFor(token, request)
  const response = await renderHandoutPdfResponse({
    payload,
    handout: printout.handout,
    shareUrl,
    shareAccess: { accessCode: printout.accessCode, asksBirthYear: printout.link.accessCheck === 'birth-year' },
  })
  await recordAuditEvent({
    payload,
    action: 'handout.pdf',
    actorId: user.id,
    target: { collection: 'handouts', id: printout.handout.id },
    detail: `link ${printout.link.tokenId}`,
  })
  return response
}
