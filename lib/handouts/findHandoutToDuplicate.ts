import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'

import type { CreateHandoutInput, SectionRef } from './createHandoutInput'
import { findHandoutForUser } from './findHandoutForUser'
import { personalisationOf } from './personalisationOf'

export interface HandoutToDuplicate {
  title: string
  sections: SectionRef[]
  /**
   * The clinician's choices that fit any patient (language, print). Everything
   * about the earlier patient — names, instructions, follow-up date, contact
   * line — stays behind, so nothing of theirs reaches the next patient by mistake.
   */
  personalisation: Pick<CreateHandoutInput, 'language' | 'largePrint' | 'pageSize'>
  /** The earlier instructions, only when the clinician asked to keep them (`keepInstructions`). */
  instructions?: string
  /** Whether the earlier handout had instructions to offer keeping. */
  hadInstructions: boolean
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
  keepInstructions = false,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  keepInstructions?: boolean
}): Promise<HandoutToDuplicate | null> {
  const source = await findHandoutForUser({ payload, user, handoutId })
  if (!source) return null
  const { language, largePrint, pageSize, instructions } = personalisationOf(source)
  return {
    title: source.title,
    sections: source.sections.map((section) => ({ topicId: relationId(section.topic), sectionId: section.sectionId })),
    personalisation: { language, largePrint, pageSize },
    ...(keepInstructions && instructions ? { instructions } : {}),
    hadInstructions: Boolean(instructions),
  }
}
