import { Forbidden, type Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'

import { REVIEW_REQUEST_CONTEXT } from './reviewRequest'

/**
 * An editor hands the current draft to the reviewers: it shows in their
 * "Waiting for review" queue until one publishes it or asks for changes.
 * Content staff only; the update runs as the user, so topic access applies.
 */
export async function submitTopicForReview({ payload, user, topicId }: { payload: Payload; user: PortalUser | null; topicId: number }): Promise<void> {
  if (!user || !hasRole(user, 'admin', 'editor', 'reviewer')) throw new Forbidden()
  await payload.update({
    collection: 'topics',
    id: topicId,
    draft: true,
    user,
    overrideAccess: false,
    context: { [REVIEW_REQUEST_CONTEXT]: true },
    data: { reviewRequest: 'waiting', _status: 'draft' },
  })
  await recordAuditEvent({ payload, action: 'topic.submit-review', actorId: user.id, target: { collection: 'topics', id: topicId } })
}
