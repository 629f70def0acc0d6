import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { renderHandoutPdfResponse } from '@/lib/handouts/renderHandoutPdfResponse'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { resolveShareLink } from '@/lib/share/resolveShareLink'

const PATIENT_HEADERS = { 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'private, no-store' }

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  const payload = await getPayloadClient()
  const resolved = await resolveShareLink({ payload, token })
  if (resolved.status === 'not-found') return new Response('Not found', { status: 404, headers: PATIENT_HEADERS })
  if (resolved.status === 'expired') return new Response('This link has expired. Please contact your clinic for a new copy.', { status: 410, headers: PATIENT_HEADERS })

  const shareUrl = new URL(`/p/${token}`, request.url).toString()
  const response = await renderHandoutPdfResponse({ payload, handout: resolved.handout, shareUrl })
  await recordAuditEvent({ payload, action: 'share.pdf', actorId: null, target: { collection: 'handouts', id: resolved.handout.id }, detail: `link ${resolved.link.tokenId}` })
  for (const [key, value] of Object.entries(PATIENT_HEADERS)) response.headers.set(key, value)
  return response
}
