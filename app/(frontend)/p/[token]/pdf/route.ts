import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { servePatientSharePdf } from '@/lib/share/servePatientShare'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  return servePatientSharePdf({ payload: await getPayloadClient(), request, token })
}
