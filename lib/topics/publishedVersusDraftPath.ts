import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'

/**
 * The admin's version view comparing the latest draft with the version
 * patients read today. Payload's view compares with the previous save unless
 * told `versionFrom`; this is the comparison a reviewer needs. Null when there
 * is no published version or no newer draft. Read as the user (versions hold drafts).
 */
export async function publishedVersusDraftPath({ payload, user, topicId }: { payload: Payload; user: PortalUser; topicId: number }): Promise<string | null> {
  const read = { collection: 'topics', user, overrideAccess: false, depth: 0, limit: 1, sort: '-updatedAt', select: { _status: true } } as const
  const [latest, published] = await Promise.all([
    payload.findVersions({ ...read, where: { parent: { equals: topicId } } }),
    payload.findVersions({ ...read, where: { and: [{ parent: { equals: topicId } }, { 'version._status': { equals: 'published' } }] } }),
  ])
  const draft = latest.docs[0]
  const live = published.docs[0]
  if (!draft || !live || draft.id === live.id || draft.version._status !== 'draft') return null
  return `/admin/collections/topics/${topicId}/versions/${draft.id}?versionFrom=${live.id}`
}
