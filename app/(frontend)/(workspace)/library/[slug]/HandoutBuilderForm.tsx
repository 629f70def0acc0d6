'use client'

import { useActionState } from 'react'

import { createHandoutAction, type HandoutBuilderState } from './actions'

interface SectionChoice {
  id: string
  heading: string
  excerpt: string
}

const initialState: HandoutBuilderState = { error: null, fieldErrors: {}, values: { sectionIds: [], patientName: '', instructions: '' } }

export function HandoutBuilderForm({ topicId, sections }: { topicId: number; sections: SectionChoice[] }) {
  const [state, formAction, pending] = useActionState(createHandoutAction, initialState)
  return (
    <form action={formAction} className="card" aria-describedby={state.error ? 'builder-error' : undefined}>
      <h2>Make a handout</h2>
      {state.error && (
        <div id="builder-error" className="alert alert--error" role="alert">
          {state.error}
        </div>
      )}
      <input type="hidden" name="topicId" value={topicId} />
      <fieldset aria-describedby={state.fieldErrors.sectionIds ? 'sections-error' : undefined}>
        <legend>Sections to include</legend>
        {state.fieldErrors.sectionIds && (
          <p id="sections-error" className="error">
            {state.fieldErrors.sectionIds}
          </p>
        )}
        {sections.map((section) => (
          <div key={section.id} className="section-choice">
            <input type="checkbox" id={`section-${section.id}`} name="sectionIds" value={section.id} defaultChecked={state.values.sectionIds.includes(section.id)} aria-describedby={`section-${section.id}-excerpt`} />
            <div>
              <label htmlFor={`section-${section.id}`}>{section.heading}</label>
              <p id={`section-${section.id}-excerpt`}>{section.excerpt}</p>
            </div>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="patientName">Patient name</label>
        <input
          id="patientName"
          name="patientName"
          type="text"
          required
          maxLength={200}
          autoComplete="off"
          defaultValue={state.values.patientName}
          aria-invalid={state.fieldErrors.patientName ? true : undefined}
          aria-describedby={state.fieldErrors.patientName ? 'patientName-error' : undefined}
        />
        {state.fieldErrors.patientName && (
          <p id="patientName-error" className="error">
            {state.fieldErrors.patientName}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="instructions">Instructions for this patient</label>
        <small id="instructions-hint">Optional. Shown in a highlighted box at the top. Leave a blank line between paragraphs.</small>
        <textarea id="instructions" name="instructions" maxLength={5000} defaultValue={state.values.instructions} aria-describedby="instructions-hint" />
        {state.fieldErrors.instructions && <p className="error">{state.fieldErrors.instructions}</p>}
      </div>
      <button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create handout'}
      </button>
    </form>
  )
}
