import { APIError } from 'payload'

/**
 * The `context` flag under which `reviewRequest` may be written: only
 * submitTopicForReview, requestTopicChanges and the publish hook change it, so
 * every change of state is audited and no API body can fake one.
 */
export const REVIEW_REQUEST_CONTEXT = 'writesReviewRequest'

/** Input the person can correct; carries `data` so Payload's REST formatter keeps the message (see enforcePublishWorkflow). */
export class ReviewRequestInputError extends APIError<{ rule: string }> {
  constructor(message: string, rule: string) {
    super(message, 400, { rule }, true)
    this.name = 'ReviewRequestInputError'
  }
}

export const REVIEW_COMMENT_MAX_LENGTH = 2000
