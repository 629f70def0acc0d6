import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'
import type { Handout } from '@/payload-types'

import { canManageHandout } from './canManageHandout'
import { createHandout, HandoutInputError } from './createHandout'
import { findHandoutForUser } from './findHandoutForUser'
import { personalisationOf } from './personalisationOf'

/**
 * "Refresh" makes a new revision rather than rewriting the snapshot: what a
 * patient was given (and may have open through a share link) must not change
 * under them, and the old handout stays as the record of it. The new handout
 * copies the same sections from the topics' current published versions, with
 * the same personalisation, and points back with `revisionOf`. Sections
 * that were removed from their topic are left out and reported.
 */
export async function refreshHandout({
  payload,
  user,
  handoutId,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
}): Promise<{ handout: Handout; droppedSections: string[] }> {
  const original = await findHandoutForUser({ payload, user, handoutId })
  // A revision carries the patient's details on: the owner's (or an admin's) act. A colleague who only
  // reads it duplicates it for another patient instead.
  if (!original || !canManageHandout(user, original)) throw new HandoutInputError('That handout does not exist or is not yours.')

  const topicIds = [...new Set(original.sections.map((section) => relationId(section.topic)))]
  const { docs: topics } = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { and: [{ id: { in: topicIds } }, { _status: { equals: 'published' } }] },
    limit: topicIds.length,
    depth: 0,
  })
  const available = new Set(topics.flatMap((topic) => topic.sections.map((section) => `${topic.id}:${section.id}`)))
  const sections = original.sections.map((section) => ({
    topicId: relationId(section.topic),
    sectionId: section.sectionId,
  }))
  const kept = sections.filter((ref) => available.has(`${ref.topicId}:${ref.sectionId}`))
  const droppedSections = original.sections.filter((section, index) => !kept.includes(sections[index]!)).map((section) => section.heading)
  if (kept.length === 0) throw new HandoutInputError('None of these sections exist in the published topics any more. Build a new handout instead.')

  const handout = await createHandout({
    payload,
    user,
    input: {
      ...personalisationOf(original),
      patientName: original.patientName,
      preferredName: original.preferredName ?? undefined,
      patientIdentifier: original.patientIdentifier ?? undefined,
      // The same patient: the refreshed record goes to the same chart.
      ehrPatientId: original.ehrPatientId ?? undefined,
      warningSignsOmittedReason: original.warningSignsOmittedReason ?? undefined,
      sections: kept,
      revisionOf: original.id,
    },
  })
  return { handout, droppedSections }
}
