import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import type { Topic } from '@/payload-types'

export type ReviewQueueEntry = Pick<Topic, 'id' | 'title' | 'updatedAt'>

/**
 * Topics whose latest draft waits for a reviewer, oldest first, read as the
 * user (clinicians cannot read drafts, so they get nothing).
 */
export async function findTopicsWaitingForReview({ payload, user, limit = 20 }: { payload: Payload; user: PortalUser; limit?: number }) {
  const { docs, totalDocs } = await payload.find({
    collection: 'topics',
    draft: true,
    where: { reviewRequest: { equals: 'waiting' } },
    sort: 'updatedAt',
    limit,
    depth: 0,
    user,
    overrideAccess: false,
    select: { title: true, updatedAt: true },
  })
  return { topics: docs as ReviewQueueEntry[], total: totalDocs }
}

/** The topics list filtered to the review queue (Payload's list view reads `where` from the query string). */
export const REVIEW_QUEUE_LIST_PATH = '/admin/collections/topics?where[reviewRequest][equals]=waiting'
