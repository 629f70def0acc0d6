import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { answerPatientDuringOutage } from '@/lib/share/answerPatientDuringOutage'
import { servePatientSharePdf } from '@/lib/share/servePatientShare'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  return answerPatientDuringOutage('file', async () => servePatientSharePdf({ payload: await getPayloadClient(), request, token }), request)
}
