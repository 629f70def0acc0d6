import { healthResponse } from '@/lib/health/healthResponse'

export const dynamic = 'force-dynamic'

/** Liveness: the process answers HTTP. Deliberately checks nothing else, so a database outage does not get the server restarted. */
export function GET(): Response {
  return healthResponse(true)
}
