import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { Locale } from '@/lib/i18n/locales'
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
  /** Only for the same patient in another language (`inLanguage`): who it is for, and their details as typed. */
  patient?: Pick<CreateHandoutInput, 'patientName' | 'preferredName' | 'patientIdentifier' | 'ehrPatientId' | 'instructions' | 'followUpDate' | 'contactLine'>
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
  inLanguage,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  keepInstructions?: boolean
  /**
   * The same handout for the same patient in another language ("Duplicate in
   * Spanish"): the patient's details come too, since they are the point.
   */
  inLanguage?: Locale
}): Promise<HandoutToDuplicate | null> {
  const source = await findHandoutForUser({ payload, user, handoutId })
  if (!source) return null
  const { language, largePrint, pageSize, instructions } = personalisationOf(source)
  if (inLanguage) {
    return {
      title: source.title,
      sections: source.sections.map((section) => ({ topicId: relationId(section.topic), sectionId: section.sectionId })),
      personalisation: { language: inLanguage, largePrint, pageSize },
      hadInstructions: Boolean(instructions),
      patient: {
        patientName: source.patientName,
        preferredName: source.preferredName ?? undefined,
        patientIdentifier: source.patientIdentifier ?? undefined,
        ehrPatientId: source.ehrPatientId ?? undefined,
        instructions: instructions ?? undefined,
        followUpDate: source.followUpDate ? source.followUpDate.slice(0, 10) : undefined,
        contactLine: source.contactLine ?? undefined,
      },
    }
  }
  return {
    title: source.title,
    sections: source.sections.map((section) => ({ topicId: relationId(section.topic), sectionId: section.sectionId })),
    personalisation: { language, largePrint, pageSize },
    ...(keepInstructions && instructions ? { instructions } : {}),
    hadInstructions: Boolean(instructions),
  }
}
