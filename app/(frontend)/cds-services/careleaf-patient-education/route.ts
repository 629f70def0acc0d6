import { answerCdsHooksCall, answerCdsHooksPreflight } from '@/lib/ehr/answerCdsHooksCall'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

/** The `patient-view` service: lib/ehr authenticates the EHR's JWT, reads the prefetch and answers the cards. */
export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  return answerCdsHooksCall({ payload: await getPayloadClient(), request })
}

export async function OPTIONS(request: Request): Promise<Response> {
  return answerCdsHooksPreflight({ payload: await getPayloadClient(), request })
}
