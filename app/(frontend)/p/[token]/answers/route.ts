import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { answerPatientDuringOutage } from '@/lib/share/answerPatientDuringOutage'
import { patientResponseHeaders } from '@/lib/share/patientResponseHeaders'
import { submitTeachBackAnswers } from '@/lib/share/servePatientShare'

/** A patient's "Check your understanding" answers: guarded, stored and answered with the page in lib/share. */
export const dynamic = 'force-dynamic'

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  return answerPatientDuringOutage('page', async () => submitTeachBackAnswers({ payload: await getPayloadClient(), request, token }), request)
}

/**
 * The address bar shows this URL after answering; opened again later (a bookmark, a reopened tab) it leads back to
 * the handout, which decides what to show. No database work here: the page does its own checks.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  return new Response(null, { status: 303, headers: patientResponseHeaders('page', { Location: `/p/${encodeURIComponent(token)}` }) })
}
