'use client'

import { useActionState } from 'react'

import { TEACH_BACK_NOTE_MAX_LENGTH, TEACH_BACK_OUTCOMES, type TeachBackOutcome } from '@/lib/teachBack/teachBackOutcomes'

import { recordTeachBackAction } from './actions'

/**
 * In the room: what the patient did when asked to explain the handout back
 * (AHRQ Tool 5). A plain form posting to a server action, so it works before
 * (or without) the page's JavaScript; recording again replaces the outcome.
 */
export function TeachBackForm({
  handoutId,
  recorded,
}: {
  handoutId: number
  /** What is on record, with the date already worded. */
  recorded: { outcome: TeachBackOutcome; label: string; note: string | null; recordedOn: string | null } | null
}) {
  const [state, formAction, pending] = useActionState(recordTeachBackAction, null)
  return (
    <section className="card" aria-labelledby="teach-back-heading">
      <h2 id="teach-back-heading">Teach-back</h2>
      {recorded ? (
        <p>
          <strong>{recorded.label}</strong>
          {recorded.recordedOn ? ` — recorded on ${recorded.recordedOn}` : ''}
          {recorded.note ? (
            <>
              <br />
              <span className="muted">Note: {recorded.note}</span>
            </>
          ) : null}
        </p>
      ) : (
        <p className="muted">Ask the patient to explain the plan in their own words, or to show you. Then record what happened.</p>
      )}
      <form action={formAction}>
        <input type="hidden" name="handoutId" value={handoutId} />
        <fieldset>
          <legend>What did the patient do?</legend>
          {TEACH_BACK_OUTCOMES.map((outcome) => (
            <label key={outcome.value} className="choice">
              <input type="radio" name="outcome" value={outcome.value} defaultChecked={recorded?.outcome === outcome.value} required /> {outcome.label}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="teach-back-note">Note (optional)</label>
          <textarea id="teach-back-note" name="note" rows={3} maxLength={TEACH_BACK_NOTE_MAX_LENGTH} defaultValue={recorded?.note ?? ''} />
        </div>
        {state?.error && (
          <p className="alert alert--error" role="alert">
            {state.error}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {pending ? 'Recording…' : recorded ? 'Update teach-back' : 'Record teach-back'}
        </button>
      </form>
    </section>
  )
}
