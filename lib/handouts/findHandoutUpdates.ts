import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'
import type { Handout } from '@/payload-types'

import { type OutdatedTopic, outdatedTopics, type UsedTopicVersion } from './outdatedTopics'

/**
 * What the handout copied from each topic. Handouts made before versions were
 * recorded fall back to their creation time, which is never earlier than the
 * topic version they copied.
 */
export function usedTopicVersions(handout: Handout): UsedTopicVersion[] {
  if (handout.topicVersions && handout.topicVersions.length > 0) {
    return handout.topicVersions.map((entry) => ({ topicId: relationId(entry.topic), topicUpdatedAt: entry.topicUpdatedAt }))
  }
  const topicIds = [...new Set(handout.sections.map((section) => relationId(section.topic)))]
  return topicIds.map((topicId) => ({ topicId, topicUpdatedAt: handout.createdAt }))
}

/** Topics of this handout that have been republished since it was made. */
export async function findHandoutUpdates({ payload, user, handout }: { payload: Payload; user: PortalUser; handout: Handout }): Promise<OutdatedTopic[]> {
  const used = usedTopicVersions(handout)
  if (used.length === 0) return []
  const { docs } = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { and: [{ id: { in: used.map((entry) => entry.topicId) } }, { _status: { equals: 'published' } }] },
    limit: used.length,
    depth: 0,
    select: { title: true, updatedAt: true },
  })
  return outdatedTopics(
    used,
    docs.map((topic) => ({ id: topic.id, title: topic.title, updatedAt: topic.updatedAt })),
  )
}
