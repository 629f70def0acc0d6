import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { answerPatientDuringOutage } from '@/lib/share/answerPatientDuringOutage'
import { servePatientSharePage, submitPatientShareAnswer } from '@/lib/share/servePatientShare'

/**
 * The patient's page is a route handler, not a Next page: a page can only
 * answer 200 or 404 (notFound), while a revoked or expired link must answer
 * 410 Gone, an unreachable database 503, and every state needs its own exact
 * CSP. lib/share renders complete, script-free HTML (readable with JavaScript
 * off) and sets the status and headers itself.
 */
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  return answerPatientDuringOutage('page', async () => servePatientSharePage({ payload: await getPayloadClient(), request, token }), request)
}

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  return answerPatientDuringOutage('page', async () => submitPatientShareAnswer({ payload: await getPayloadClient(), request, token }), request)
}
