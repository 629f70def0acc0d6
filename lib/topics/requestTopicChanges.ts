import { Forbidden, type Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'

import { REVIEW_COMMENT_MAX_LENGTH, REVIEW_REQUEST_CONTEXT, ReviewRequestInputError } from './reviewRequest'

/**
 * A reviewer sends the draft back with a comment the editor sees in the edit
 * view. Reviewers and admins only, as for publishing. The comment stays on the
 * topic, not in the audit trail (it is free text).
 */
export async function requestTopicChanges({
  payload,
  user,
  topicId,
  comment,
}: {
  payload: Payload
  user: PortalUser | null
  topicId: number
  comment: unknown
}): Promise<void> {
  if (!user || !hasRole(user, 'admin', 'reviewer')) throw new Forbidden()
  const text = typeof comment === 'string' ? comment.trim() : ''
  if (!text) throw new ReviewRequestInputError('Say what the editor should change.', 'comment-required')
  if (text.length > REVIEW_COMMENT_MAX_LENGTH) {
    throw new ReviewRequestInputError(`Keep the comment to ${REVIEW_COMMENT_MAX_LENGTH} characters or fewer.`, 'comment-too-long')
  }
  await payload.update({
    collection: 'topics',
    id: topicId,
    draft: true,
    user,
    overrideAccess: false,
    context: { [REVIEW_REQUEST_CONTEXT]: true },
    data: { reviewRequest: 'changes-requested', reviewComment: text, _status: 'draft' },
  })
  await recordAuditEvent({ payload, action: 'topic.request-changes', actorId: user.id, target: { collection: 'topics', id: topicId } })
}
