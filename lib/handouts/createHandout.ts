import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { Handout, TextSectionBlock } from '@/payload-types'

import type { CreateHandoutInput } from './createHandoutInput'

export class HandoutInputError extends Error {
  override name = 'HandoutInputError'
}

/**
 * Makes a patient handout from the published version of a topic, copying the
 * chosen sections' text so the handout never changes under the patient.
 */
export async function createHandout({
  payload,
  user,
  input,
}: {
  payload: Payload
  user: PortalUser
  input: CreateHandoutInput
}): Promise<Handout> {
  const topic = await payload
    .findByID({ collection: 'topics', id: input.topicId, depth: 0, draft: false, user, overrideAccess: false })
    .catch(() => null)
  if (!topic || topic._status !== 'published') throw new HandoutInputError('That topic is not available.')

  const wanted = new Set(input.sectionIds)
  // Topic order, not click order: the article's sequence is part of its meaning.
  const chosen = topic.sections.filter(
    (section): section is TextSectionBlock & { id: string } => typeof section.id === 'string' && wanted.has(section.id),
  )
  if (chosen.length !== wanted.size) throw new HandoutInputError('Some chosen sections no longer exist in this topic. Reload and try again.')

  return payload.create({
    collection: 'handouts',
    user,
    overrideAccess: false,
    data: {
      title: topic.title,
      patientName: input.patientName,
      instructions: input.instructions,
      clinician: user.id,
      sections: chosen.map((section) => ({
        topic: topic.id,
        topicTitle: topic.title,
        sectionId: section.id,
        heading: section.heading,
        body: section.body,
      })),
    },
  })
}
