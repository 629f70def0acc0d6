import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { Handout } from '@/payload-types'
import type { TopicSection } from '@/lib/topics/topicSections'

import type { CreateHandoutInput } from './createHandoutInput'
import { snapshotSection } from './snapshotSection'

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
    .findByID({ collection: 'topics', id: input.topicId, depth: 1, draft: false, user, overrideAccess: false })
    .catch(() => null)
  if (!topic || topic._status !== 'published') throw new HandoutInputError('That topic is not available.')

  const wanted = new Set(input.sectionIds)
  // Topic order, not click order: the article's sequence is part of its meaning.
  const chosen = topic.sections.filter(
    (section): section is TopicSection & { id: string } => typeof section.id === 'string' && wanted.has(section.id),
  )
  if (chosen.length !== wanted.size) throw new HandoutInputError('Some chosen sections no longer exist in this topic. Reload and try again.')
  const snapshots = chosen.map((section) => snapshotSection(section, { topicId: topic.id, topicTitle: topic.title }))
  if (snapshots.some((snapshot) => snapshot === null)) throw new HandoutInputError('An image in the chosen sections is no longer available. Reload and try again.')

  return payload.create({
    collection: 'handouts',
    user,
    overrideAccess: false,
    data: {
      title: topic.title,
      patientName: input.patientName,
      instructions: input.instructions,
      clinician: user.id,
      sections: snapshots.flatMap((snapshot) =>
        snapshot
          ? [{ topic: topic.id, topicTitle: snapshot.topicTitle, sectionId: snapshot.sectionId, heading: snapshot.heading, blockType: snapshot.blockType ?? 'text', body: snapshot.body as unknown as Record<string, unknown> }]
          : [],
      ),
    },
  })
}
