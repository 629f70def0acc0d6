'use client'

import { useAuth, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { hasRole } from '@/access/roles'
import { REVIEW_COMMENT_MAX_LENGTH } from '@/lib/topics/reviewRequest'
import type { User } from '@/payload-types'

import { runWorkflowStep } from './topicWorkflowRequests'

const buttonStyle = { alignSelf: 'center', margin: 0 } as const

/**
 * "Submit for review" for whoever edits a topic, and "Request changes" for
 * reviewers, beside the publish button. The rules live on the server
 * (submitTopicForReview, requestTopicChanges); these only call them.
 */
export function TopicReviewActions() {
  const { user } = useAuth<User>()
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const reviewRequest = useFormFields(([fields]) => fields.reviewRequest?.value)
  const [busy, setBusy] = useState(false)
  const [askingForChanges, setAskingForChanges] = useState(false)
  const [comment, setComment] = useState('')
  const commentId = useId()

  if (!id || !hasRole(user, 'admin', 'editor', 'reviewer')) return null
  const reviewer = hasRole(user, 'admin', 'reviewer')
  // Reviewers publish or send back; submitting is the editor's step.
  const submitter = hasRole(user, 'editor')

  // The form holds the state it was opened with; runWorkflowStep reloads so the sidebar shows the new review state.
  const run = (action: 'submit-review' | 'request-changes') =>
    runWorkflowStep(`/api/topics/${encodeURIComponent(String(id))}/${action}`, action === 'request-changes' ? { comment } : undefined, setBusy)

  return (
    <span style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'center', position: 'relative' }}>
      {submitter && reviewRequest !== 'waiting' && (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          style={buttonStyle}
          disabled={busy || modified}
          title={modified ? 'Save the draft first, then submit it.' : undefined}
          onClick={() => run('submit-review')}
        >
          Submit for review
        </button>
      )}
      {reviewer && (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          style={buttonStyle}
          aria-expanded={askingForChanges}
          disabled={busy}
          onClick={() => setAskingForChanges((open) => !open)}
        >
          Request changes
        </button>
      )}
      {reviewer && askingForChanges && (
        // Not a <form>: this sits inside Payload's document form, and a nested form's submit would also save the document.
        <div
          role="group"
          aria-label="Request changes"
          style={{
            position: 'absolute',
            top: '100%',
            right: 0,
            zIndex: 10,
            width: 'min(28rem, 90vw)',
            padding: '1rem',
            background: 'var(--theme-elevation-0)',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 4,
            boxShadow: '0 4px 16px rgba(0,0,0,0.15)',
          }}
        >
          <label htmlFor={commentId} style={{ display: 'block', fontWeight: 600, marginBottom: '0.5rem' }}>
            What should the editor change?
          </label>
          <textarea
            id={commentId}
            required
            rows={5}
            maxLength={REVIEW_COMMENT_MAX_LENGTH}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            style={{ width: '100%', marginBottom: '0.5rem' }}
          />
          <button
            type="button"
            className="btn btn--style-primary btn--size-medium"
            style={{ margin: 0 }}
            disabled={busy || !comment.trim()}
            onClick={() => void run('request-changes')}
          >
            Send back to the editor
          </button>
        </div>
      )}
    </span>
  )
}
