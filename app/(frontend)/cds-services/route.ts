import { answerCdsHooksDiscovery, answerCdsHooksDiscoveryPreflight } from '@/lib/ehr/answerCdsHooksCall'

/** CDS Hooks discovery (`GET /cds-services`): public, as the specification has it; the service itself needs the EHR's JWT. */
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return answerCdsHooksDiscovery()
}

export function OPTIONS(): Response {
  return answerCdsHooksDiscoveryPreflight()
}
