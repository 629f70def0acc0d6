'use client'

import { useState, useTransition } from 'react'

import { sendToEhrAction } from './fhirActions'

export function SendToEhrButton({ handoutId, label }: { handoutId: number; label: string }) {
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  return (
    <>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="button--secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null)
            const result = await sendToEhrAction(handoutId)
            if (!result.ok) setError(result.error)
          })
        }
      >
        {pending ? 'Sending…' : label}
      </button>
    </>
  )
}
