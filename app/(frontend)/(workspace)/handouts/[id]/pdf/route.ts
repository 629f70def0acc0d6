import { getPortalUser } from '@/lib/auth/getPortalUser'
import { downloadHandoutPdf } from '@/lib/handouts/downloadHandoutPdf'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
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
  const pdf = await downloadHandoutPdf({ payload, user, handoutId })
  return pdf ?? new Response('Not found', { status: 404 })
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
  const link = { token, accessCode: typeof accessCode === 'string' ? accessCode : null, shareUrl: shareUrlFor(token, request) }
  const pdf = await downloadHandoutPdf({ payload, user, handoutId, link })
  return pdf ?? notPrintable()
}
