import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { Topic } from '@/payload-types'

export type PublishedTopicHeading = Pick<Topic, 'id' | 'title' | 'summary' | 'mainMessage' | 'reviewDueAt'>

/** The published version of a topic by its slug, as the user may read it; null for a draft-only or unknown slug. */
export async function findPublishedTopic({ payload, user, slug }: { payload: Payload; user: PortalUser; slug: string }): Promise<PublishedTopicHeading | null> {
  const { docs } = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    select: { title: true, summary: true, mainMessage: true, reviewDueAt: true },
  })
  return docs[0] ?? null
}
