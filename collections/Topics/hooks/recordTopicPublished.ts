import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { Topic } from '@/payload-types'

/** Every publication is a clinical sign-off, so it goes in the audit trail with who did it. */
export const recordTopicPublished: CollectionAfterChangeHook<Topic> = async ({ doc, data, req }) => {
  if (doc._status !== 'published' || data._status !== 'published') return doc
  const grade = doc.readingGrade !== null && doc.readingGrade !== undefined ? `grade ${doc.readingGrade}` : undefined
  // Which flags the reviewer signed off, as codes (never free text).
  const accepted = doc.acknowledgedFlags?.length ? `accepted ${doc.acknowledgedFlags.join(',')}` : undefined
  await recordAuditEvent({
    payload: req.payload,
    action: 'topic.publish',
    actorId: typeof req.user?.id === 'number' ? req.user.id : null,
    target: { collection: 'topics', id: doc.id },
    detail: [grade, accepted].filter(Boolean).join('; ') || undefined,
    req,
  })
  return doc
}
