import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { mustFixFlagsMessage, unacceptedFlagsMessage } from '@/lib/contentQuality/publishRefusalMessage'
import { MUST_FIX_FLAGS, type QualityFlagCode } from '@/lib/contentQuality/qualityFlags'
import { defaultReviewDueAt } from '@/lib/topics/reviewStatus'
import { TRANSLATION_CONTEXT } from '@/lib/translation/translationStatus'
import type { Topic } from '@/payload-types'

/**
 * Carries `data` on purpose: Payload's REST error formatter returns an
 * APIError's own message only when it has data or a class name, and class
 * names are minified away in the production build ("An unknown error
 * occurred." otherwise).
 */
export class PublishRefusedError extends APIError<{ rule: string; flags?: string[]; errors?: { path: string; message: string }[] }> {
  constructor(message: string, status: number, data: { rule: string; flags?: string[] }, field?: string) {
    // `errors[].path` marks the field in the admin form, beside the toast.
    super(message, status, field ? { ...data, errors: [{ path: field, message }] } : data, true)
    this.name = 'PublishRefusedError'
  }
}

/**
 * Clinical sign-off: only a reviewer or an admin may publish, every open
 * quality flag must have been accepted, and publishing stamps who reviewed it
 * and when the next review is due. Server code acting without a user (the
 * seed) sets those fields itself.
 */
export const enforcePublishWorkflow: CollectionBeforeChangeHook<Topic> = ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const user = req.user
  if (!user) return data

  if (!hasRole(user, 'reviewer', 'admin')) {
    throw new PublishRefusedError('Only a reviewer or an admin can publish a topic. Save it as a draft and ask a reviewer to publish it.', 403, {
      rule: 'publish-requires-reviewer',
    })
  }

  const mustFix = (data.qualityFlags ?? []).filter((code: QualityFlagCode) => MUST_FIX_FLAGS.has(code))
  if (mustFix.length > 0) {
    throw new PublishRefusedError(mustFixFlagsMessage(mustFix), 400, { rule: 'flags-must-be-fixed', flags: mustFix })
  }
  const accepted = new Set(data.acknowledgedFlags ?? originalDoc?.acknowledgedFlags ?? [])
  const open = (data.qualityFlags ?? []).filter((code: QualityFlagCode) => !accepted.has(code))
  if (open.length > 0) {
    throw new PublishRefusedError(unacceptedFlagsMessage(open), 400, { rule: 'flags-must-be-accepted', flags: open }, 'acknowledgedFlags')
  }

  // Approving a translation publishes it without re-reviewing the English: the topic's own sign-off stays as it was.
  if (req.context?.[TRANSLATION_CONTEXT] === true) return data

  const now = new Date()
  data.reviewedBy = user.id
  data.reviewedAt = now.toISOString()
  // A reviewer who picked another date keeps it; otherwise the clock restarts at this review.
  const dueUnchanged = !data.reviewDueAt || data.reviewDueAt === originalDoc?.reviewDueAt
  if (dueUnchanged) data.reviewDueAt = defaultReviewDueAt(now).toISOString()
  // Publishing answers the review request (field access has already run, so the hook may write it).
  data.reviewRequest = null
  return data
}
