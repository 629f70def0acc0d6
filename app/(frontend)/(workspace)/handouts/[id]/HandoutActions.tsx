'use client'

import { useState, useTransition } from 'react'

import { deleteHandoutAction, refreshHandoutAction } from './actions'

/** "Content updated since" notice with its one-click refresh. */
export function RefreshNotice({ handoutId, topics }: { handoutId: number; topics: Array<{ title: string; updatedOn: string }> }) {
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  return (
    <div className="alert alert--warning" role="status">
      <p>
        <strong>Content updated since this handout was made:</strong> {topics.map((topic) => `${topic.title} (${topic.updatedOn})`).join(', ')}.
      </p>
      <p>
        This handout and its links keep the version the patient was given. Refreshing makes a new handout with the same sections and details, from the current
        content.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null)
            const result = await refreshHandoutAction(handoutId)
            if (result && !result.ok) setError(result.error)
          })
        }
      >
        {pending ? 'Refreshing…' : 'Refresh with the latest content'}
      </button>
    </div>
  )
}

/** Delete with a confirmation step, so one stray click cannot remove a patient's handout. */
export function DeleteHandoutButton({ handoutId, patientName }: { handoutId: number; patientName: string }) {
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  if (!confirming) {
    return (
      <button type="button" className="button--danger" onClick={() => setConfirming(true)}>
        Delete handout
      </button>
    )
  }
  return (
    <div className="confirm" role="group" aria-labelledby="confirm-delete">
      <p id="confirm-delete">Delete the handout for {patientName}? Its patient links stop working at once. This cannot be undone from the workspace.</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button--danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              setError(null)
              const result = await deleteHandoutAction(handoutId)
              if (result && !result.ok) setError(result.error)
            })
          }
        >
          {pending ? 'Deleting…' : 'Yes, delete it'}
        </button>
        <button type="button" className="button--secondary" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </button>
      </div>
    </div>
  )
}
