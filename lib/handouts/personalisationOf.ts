import type { Handout } from '@/payload-types'

import type { CreateHandoutInput } from './createHandoutInput'
import { isPageSize } from './handoutOptions'

/**
 * The clinician's choices on a handout, without the patient's names, for a
 * refreshed revision (same patient) or, minus the follow-up date, a
 * duplicate for another patient.
 */
export function personalisationOf(handout: Handout): Omit<CreateHandoutInput, 'patientName' | 'sections'> {
  return {
    language: handout.language ?? 'en',
    instructions: handout.instructions ?? undefined,
    followUpDate: handout.followUpDate ? handout.followUpDate.slice(0, 10) : undefined,
    contactLine: handout.contactLine ?? undefined,
    largePrint: handout.largePrint ?? false,
    pageSize: isPageSize(handout.pageSize) ? handout.pageSize : undefined,
  }
}
