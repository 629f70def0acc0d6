'use client'

import { useActionState, useMemo, useState, useSyncExternalStore, useTransition } from 'react'

import { previewMainMessages, previewSections } from '@/lib/handouts/builderItems'
import { HANDOUT_LANGUAGES } from '@/lib/handouts/handoutOptions'
import type { BuilderTopic } from '@/lib/handouts/loadBuilderTopics'
import { handoutTitle } from '@/lib/handouts/orderSections'

import { createHandoutAction, type HandoutBuilderState, loadBuilderTopicAction, saveKitAction } from './actions'
import { BuilderPreview } from './BuilderPreview'
import type { BuilderItem, BuilderValues, HandoutBuilderProps } from './builderTypes'
import { Field } from './Field'
import { PrintOptions } from './PrintOptions'
import { SaveKitPanel } from './SaveKitPanel'
import { SectionPicker } from './SectionPicker'

/** `YYYY-MM-DD` in the browser's time zone. */
function localToday(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
const neverChanges = () => () => {}

const initialState: HandoutBuilderState = { error: null, fieldErrors: {} }

/** The handout builder: sections, the patient's details and print options on the left, the printed handout's preview on the right. */
export function HandoutBuilder({ initialTopics, initialItems, initialValues, availableTopics, clinic, clinicianName }: HandoutBuilderProps) {
  const [state, formAction, pending] = useActionState(createHandoutAction, initialState)
  const [topics, setTopics] = useState<BuilderTopic[]>(initialTopics)
  const [items, setItems] = useState<BuilderItem[]>(initialItems)
  const [values, setValues] = useState<BuilderValues>(initialValues)
  const [builderMessage, setBuilderMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  const [working, startTransition] = useTransition()
  const [, startSubmit] = useTransition()
  // The clinician's own today, read in the browser only (the server's clock and time zone never show): the date picker starts there.
  const today = useSyncExternalStore(neverChanges, localToday, () => undefined)

  const topicById = useMemo(() => new Map(topics.map((topic) => [topic.id, topic])), [topics])
  // The clinician's order: what the form sends and what the handout's title is made from.
  const included = items.filter((item) => item.included && topicById.get(item.topicId)?.sections.some((section) => section.id === item.sectionId))
  const fieldErrors = state.fieldErrors

  function set<K extends keyof BuilderValues>(key: K, value: BuilderValues[K]) {
    setValues((current) => ({ ...current, [key]: value }))
  }

  function addTopic(id: number): Promise<string | null> {
    setBuilderMessage(null)
    return new Promise((resolve) =>
      startTransition(async () => {
        const topic = await loadBuilderTopicAction(id)
        if (!topic) {
          setBuilderMessage({ kind: 'error', text: 'That topic could not be loaded. It may have been unpublished.' })
          resolve(null)
          return
        }
        setTopics((current) => (current.some((existing) => existing.id === topic.id) ? current : [...current, topic]))
        setItems((current) => [...current, ...topic.sections.map((section) => ({ topicId: topic.id, sectionId: section.id, included: false }))])
        resolve(`${topic.title} added with ${topic.sections.length} sections at the end of the list.`)
      }),
    )
  }

  function removeTopic(topicId: number) {
    setTopics((current) => current.filter((topic) => topic.id !== topicId))
    setItems((current) => current.filter((item) => item.topicId !== topicId))
  }

  function saveAsKit(kit: { name: string; sharedWithClinic: boolean }, onSaved: () => void) {
    setBuilderMessage(null)
    startTransition(async () => {
      const result = await saveKitAction({ ...kit, sections: included.map(({ topicId, sectionId }) => ({ topicId, sectionId })) })
      if (result.ok) {
        setBuilderMessage({ kind: 'success', text: `Kit “${result.name}” saved. Start a handout from it on the Kits page.` })
        onSaved()
      } else setBuilderMessage({ kind: 'error', text: result.error })
    })
  }

  return (
    <div className="builder">
      <form
        // Not `action={formAction}`: React resets a form after its action runs, which would untick
        // every section the clinician chose when the server sends the form back with an error.
        onSubmit={(event) => {
          event.preventDefault()
          const formData = new FormData(event.currentTarget)
          startSubmit(() => formAction(formData))
        }}
        className="card builder__form"
        aria-describedby={state.error ? 'builder-error' : undefined}
      >
        <h2>Make a handout</h2>
        {state.error && (
          <div id="builder-error" className="alert alert--error" role="alert">
            {state.error}
          </div>
        )}
        <input type="hidden" name="sections" value={JSON.stringify(included.map(({ topicId, sectionId }) => ({ topicId, sectionId })))} />

        <SectionPicker
          topics={topics}
          items={items}
          availableTopics={availableTopics}
          error={fieldErrors.sections}
          busy={working}
          onItemsChange={setItems}
          onAddTopic={addTopic}
          onRemoveTopic={removeTopic}
        />

        <fieldset>
          <legend>For the patient</legend>
          <Field id="patientName" label="Patient name" error={fieldErrors.patientName}>
            {(control) => (
              <input
                {...control}
                name="patientName"
                type="text"
                required
                maxLength={200}
                autoComplete="off"
                value={values.patientName}
                onChange={(event) => set('patientName', event.target.value)}
              />
            )}
          </Field>
          <Field
            id="preferredName"
            label="Preferred name"
            hint="Optional. What the patient likes to be called, used to greet them."
            error={fieldErrors.preferredName}
          >
            {(control) => (
              <input
                {...control}
                name="preferredName"
                type="text"
                maxLength={200}
                autoComplete="off"
                value={values.preferredName}
                onChange={(event) => set('preferredName', event.target.value)}
              />
            )}
          </Field>
          <Field id="language" label="Language" error={fieldErrors.language}>
            {(control) => (
              <select {...control} name="language" value={values.language} onChange={(event) => set('language', event.target.value)}>
                {HANDOUT_LANGUAGES.map((language) => (
                  <option key={language.value} value={language.value}>
                    {language.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="instructions"
            label="Instructions for this patient"
            hint="Optional. Shown in a highlighted box at the top. Leave a blank line between paragraphs."
            error={fieldErrors.instructions}
          >
            {(control) => (
              <textarea
                {...control}
                name="instructions"
                maxLength={5000}
                value={values.instructions}
                onChange={(event) => set('instructions', event.target.value)}
              />
            )}
          </Field>
          <div className="field-row">
            <Field id="followUpDate" label="Follow-up date" hint="Optional." error={fieldErrors.followUpDate}>
              {(control) => (
                <input
                  {...control}
                  name="followUpDate"
                  type="date"
                  min={today}
                  value={values.followUpDate}
                  onChange={(event) => set('followUpDate', event.target.value)}
                />
              )}
            </Field>
            <Field
              id="contactLine"
              label="Contact line"
              hint={clinic.phone ? `Leave empty to use the clinic phone (${clinic.phone}).` : 'Who the patient should call with questions.'}
              error={fieldErrors.contactLine}
            >
              {(control) => (
                <input
                  {...control}
                  name="contactLine"
                  type="text"
                  maxLength={300}
                  value={values.contactLine}
                  onChange={(event) => set('contactLine', event.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>

        <PrintOptions
          largePrint={values.largePrint}
          pageSize={values.pageSize}
          clinicDefaultPageSize={clinic.defaultPageSize}
          onLargePrintChange={(largePrint) => set('largePrint', largePrint)}
          onPageSizeChange={(pageSize) => set('pageSize', pageSize)}
        />

        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Creating…' : 'Create handout'}
          </button>
        </div>

        <SaveKitPanel disabled={working} onSave={saveAsKit} />
        {builderMessage && (
          <div
            className={`alert ${builderMessage.kind === 'error' ? 'alert--error' : 'alert--success'}`}
            role={builderMessage.kind === 'error' ? 'alert' : 'status'}
          >
            {builderMessage.text}
          </div>
        )}
      </form>

      <BuilderPreview
        title={included.length > 0 ? handoutTitle(included.map((item) => topicById.get(item.topicId)!.title)) : 'Your handout'}
        sections={previewSections(items, topics)}
        mainMessages={previewMainMessages(items, topics)}
        showTopics={topics.length > 1}
        values={values}
        clinic={clinic}
        clinicianName={clinicianName}
      />
    </div>
  )
}
