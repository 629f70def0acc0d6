import { answerInfobutton, answerInfobuttonPreflight } from '@/lib/ehr/answerInfobutton'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export const dynamic = 'force-dynamic'

/** HL7 Infobutton (URL-based), MedlinePlus Connect compatible: see lib/ehr/answerInfobutton.ts and docs/ehr.md. */
export async function GET(request: Request): Promise<Response> {
  return answerInfobutton({ payload: await getPayloadClient(), request })
}

export async function OPTIONS(request: Request): Promise<Response> {
  return answerInfobuttonPreflight({ payload: await getPayloadClient(), request })
}
