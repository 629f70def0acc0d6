import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { Topic } from '@/payload-types'

function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value} %`
}

/** The figures the reviewer signed off: reading grade and the PEMAT-P scores of the published version. */
function publishDetail(doc: Topic): string {
  const grade = doc.readingGrade !== null && doc.readingGrade !== undefined ? `grade ${doc.readingGrade}; ` : ''
  return `${grade}PEMAT-P understandability ${percent(doc.pematUnderstandability)}, actionability ${percent(doc.pematActionability)}`
}

/** Every publication is a clinical sign-off, so it goes in the audit trail with who did it. */
export const recordTopicPublished: CollectionAfterChangeHook<Topic> = async ({ doc, data, req }) => {
  if (doc._status !== 'published' || data._status !== 'published') return doc
  // Which flags the reviewer signed off, as codes (never free text).
  const accepted = doc.acknowledgedFlags?.length ? `accepted ${doc.acknowledgedFlags.join(',')}` : undefined
  await recordAuditEvent({
    payload: req.payload,
    action: 'topic.publish',
    actorId: typeof req.user?.id === 'number' ? req.user.id : null,
    target: { collection: 'topics', id: doc.id },
    detail: [publishDetail(doc), accepted].filter(Boolean).join('; '),
    req,
  })
  return doc
}
