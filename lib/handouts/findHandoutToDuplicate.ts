import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'

import type { CreateHandoutInput, SectionRef } from './createHandoutInput'
import { findHandoutForUser } from './findHandoutForUser'
import { personalisationOf } from './personalisationOf'

export interface HandoutToDuplicate {
  title: string
  sections: SectionRef[]
  /** The clinician's choices, carried to the copy; the patient's names and the follow-up date are not. */
  personalisation: Omit<CreateHandoutInput, 'patientName' | 'sections' | 'followUpDate'>
}

/**
 * What "Duplicate for another patient" starts the builder with, or null.
 * Read as the user: another clinician's private (or a deleted) handout cannot
 * be copied; a colleague's shared with the clinic can.
 */
export async function findHandoutToDuplicate({
  payload,
  user,
  handoutId,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
}): Promise<HandoutToDuplicate | null> {
  const source = await findHandoutForUser({ payload, user, handoutId })
  if (!source) return null
  const { followUpDate: _notCarried, ...personalisation } = personalisationOf(source)
  return {
    title: source.title,
    sections: source.sections.map((section) => ({ topicId: relationId(section.topic), sectionId: section.sectionId })),
    personalisation,
  }
}
