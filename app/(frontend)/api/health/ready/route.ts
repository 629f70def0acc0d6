import { checkReadiness } from '@/lib/health/checkReadiness'
import { healthResponse } from '@/lib/health/healthResponse'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export const dynamic = 'force-dynamic'

/** Readiness: PostgreSQL answers and the PDF worker pool takes jobs (see lib/health/checkReadiness.ts). */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness({ loadPayload: getPayloadClient })
  if (!readiness.ready) console.warn(`[careleaf] not ready: ${readiness.failing.join(', ')}`)
  return healthResponse(readiness.ready)
}
