import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'

/**
 * The version a topic's version view compares with when nobody chose one: the
 * one patients read today (the latest published version), so a reviewer
 * opening a draft sees what publishing it would change. Payload's own default
 * is the previous save, which for a draft saved five times shows only the last
 * edit. Null when the version shown is the published one, when there is no
 * published version, or when `user` may not read versions (Payload then falls
 * back to the previous version, or refuses the page). Read as the user.
 */
export async function publishedVersionToCompare({
  payload,
  user,
  topicId,
  versionId,
}: {
  payload: Payload
  user: PortalUser | null
  topicId: number
  versionId: number
}): Promise<number | null> {
  if (!user) return null
  const { docs } = await payload.findVersions({
    collection: 'topics',
    user,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    sort: '-updatedAt',
    select: { _status: true },
    where: { and: [{ parent: { equals: topicId } }, { 'version._status': { equals: 'published' } }] },
  })
  const published = docs[0]
  if (!published || Number(published.id) === versionId) return null
  return Number(published.id)
}
