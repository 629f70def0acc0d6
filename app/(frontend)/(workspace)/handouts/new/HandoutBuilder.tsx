'use client'

import { type FormEvent, useActionState, useMemo, useRef, useState, useSyncExternalStore, useTransition } from 'react'

import { previewMainMessages, previewSections, withTopicAdded } from '@/lib/handouts/builderItems'
import { topicsInLanguage, untranslatedChoices } from '@/lib/handouts/builderLanguage'
import { UNTRANSLATED_CHOICE_REQUIRED, type UntranslatedSectionsChoice } from '@/lib/handouts/createHandoutInput'
import { contactLineHint } from '@/lib/handouts/formatHandoutText'
import { HANDOUT_LANGUAGES } from '@/lib/handouts/handoutOptions'
import { leavesOutWarningSigns } from '@/lib/handouts/leavesOutWarningSigns'
import type { BuilderTopic } from '@/lib/handouts/loadBuilderTopics'
import { handoutTitle } from '@/lib/handouts/orderSections'
import { type Locale, localeInfo, localeOf } from '@/lib/i18n/locales'

import { createHandoutAction, type HandoutBuilderState, loadBuilderTopicAction, saveKitAction } from './actions'
import { BUILDER_FIELDS, type BuilderFieldErrors, parseBuilderForm } from './builderForm'
import { BuilderPreview } from './BuilderPreview'
import type { BuilderItem, BuilderValues, HandoutBuilderProps } from './builderTypes'
import { ErrorSummary, type SummaryError } from './ErrorSummary'
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

const REASON_MISSING = 'Give a short reason for leaving out “When to get help now”, or tick it again.'

/** The form checked in the browser, and the server's answer it was checked against (a newer answer replaces it). */
interface BrowserCheck {
  fieldErrors: BuilderFieldErrors
  checkedAgainst: HandoutBuilderState
}

const sectionDomId = (item: { topicId: number; sectionId: string }) => `section-${item.topicId}-${item.sectionId}`

/** The handout builder: sections, the patient's details and print options on the left, the printed handout's preview on the right. */
export function HandoutBuilder({ initialTopics, initialItems, initialValues, clinic, clinicianName }: HandoutBuilderProps) {
  const [state, formAction, pending] = useActionState(createHandoutAction, initialState)
  const [topics, setTopics] = useState<BuilderTopic[]>(initialTopics)
  const [items, setItems] = useState<BuilderItem[]>(initialItems)
  const [values, setValues] = useState<BuilderValues>(initialValues)
  const [browserCheck, setBrowserCheck] = useState<BrowserCheck | null>(null)
  // The confirm step: the clinician pressed Create with every warning sign left out.
  const [askReason, setAskReason] = useState(false)
  const [omissionReason, setOmissionReason] = useState('')
  const [builderMessage, setBuilderMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  const [working, startTransition] = useTransition()
  const [, startSubmit] = useTransition()
  const summaryRef = useRef<HTMLDivElement>(null)
  const confirmRef = useRef<HTMLDivElement>(null)
  // The clinician's own today, read in the browser only (the server's clock and time zone never show): the date picker starts there.
  const today = useSyncExternalStore(neverChanges, localToday, () => undefined)

  const topicById = useMemo(() => new Map(topics.map((topic) => [topic.id, topic])), [topics])
  // The clinician's order: what the form sends and what the handout's title is made from.
  const included = items.filter((item) => item.included && topicById.get(item.topicId)?.sections.some((section) => section.id === item.sectionId))
  const language: Locale = localeOf(values.language)
  // Chosen sections without an approved translation in the handout's language: the clinician decides, visibly.
  const untranslated = untranslatedChoices(included, topics, language)
  const [untranslatedChoice, setUntranslatedChoice] = useState<UntranslatedSectionsChoice | ''>('')
  const choice = untranslated.length > 0 && untranslatedChoice ? untranslatedChoice : undefined
  // What the handout will hold: untranslated sections left out are gone, so their warning signs count as omitted.
  const kept = choice === 'leave-out' ? included.filter((item) => !untranslated.includes(item)) : included
  const omitsWarningSigns = leavesOutWarningSigns(topics, kept)
  const previewTopics = topicsInLanguage(topics, language, choice)
  // What the last submit found: the browser's check until the server answers again.
  const lastSubmit: BrowserCheck | HandoutBuilderState = browserCheck?.checkedAgainst === state ? browserCheck : state
  const fieldErrors = lastSubmit.fieldErrors
  const showConfirm = omitsWarningSigns && (askReason || Boolean(fieldErrors.warningSignsOmittedReason))
  const firstSection = items.find((item) => topicById.get(item.topicId)?.sections.some((section) => section.id === item.sectionId))
  const summaryErrors: SummaryError[] = BUILDER_FIELDS.flatMap((field) => {
    const message = fieldErrors[field]
    if (!message || (field === 'warningSignsOmittedReason' && !showConfirm)) return []
    // A group's error links to its first control (GOV.UK): the first section's checkbox, or the topic list when there is none.
    const target =
      field === 'sections'
        ? firstSection
          ? sectionDomId(firstSection)
          : 'addTopic'
        : field === 'untranslatedSections'
          ? 'untranslatedSections-leave-out'
          : field
    return [{ target, message }]
  })

  function submit(event: FormEvent<HTMLFormElement>) {
    // Not `action={formAction}`: React resets a form after its action runs, which would untick
    // every section the clinician chose when the server sends the form back with an error.
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    const parsed = parseBuilderForm(formData)
    const errors: BuilderFieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors }
    // Never decided silently: sections without a translation need the clinician's choice before anything is sent.
    if (untranslated.length > 0 && !untranslatedChoice) errors.untranslatedSections = UNTRANSLATED_CHOICE_REQUIRED
    if (omitsWarningSigns && !omissionReason.trim()) {
      // First press: ask, without calling it an error. Pressed again with no reason: it is one.
      if (askReason || fieldErrors.warningSignsOmittedReason) errors.warningSignsOmittedReason = REASON_MISSING
      else {
        setAskReason(true)
        // Rendered by the time this runs (a click's update is synchronous); the error summary takes focus instead when it shows.
        if (Object.keys(errors).length === 0) setTimeout(() => confirmRef.current?.focus(), 0)
      }
    }
    if (Object.keys(errors).length > 0 || (omitsWarningSigns && !omissionReason.trim())) {
      setBrowserCheck({ fieldErrors: errors, checkedAgainst: state })
      return
    }
    // Passed: no summary until the server answers (an earlier answer's errors are out of date).
    setBrowserCheck({ fieldErrors: {}, checkedAgainst: state })
    startSubmit(() => formAction(formData))
  }

  function keepWarningSigns() {
    const usedTopicIds = new Set(included.map((item) => item.topicId))
    const isWarningSign = (item: BuilderItem) =>
      usedTopicIds.has(item.topicId) && topicById.get(item.topicId)?.sections.some((section) => section.id === item.sectionId && section.urgent) === true
    setItems((current) => current.map((item) => (isWarningSign(item) ? { ...item, included: true } : item)))
    setAskReason(false)
    setBrowserCheck({ fieldErrors: {}, checkedAgainst: state })
    const first = items.find(isWarningSign)
    // The panel that had focus is gone: focus the section that was ticked again.
    if (first) setTimeout(() => document.getElementById(sectionDomId(first))?.focus(), 0)
  }

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
        setItems((current) => withTopicAdded(current, topics, topic))
        const warningSigns = topic.sections.filter((section) => section.urgent).length
        resolve(
          warningSigns > 0
            ? `${topic.title} added with ${topic.sections.length} sections: its warning signs ticked at the top, the others unticked at the end of the list.`
            : `${topic.title} added with ${topic.sections.length} sections at the end of the list.`,
        )
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
      {/* POST, so that without JavaScript a submit never puts the patient's name in a URL (and so in history and server logs). */}
      <form id="handout-builder" method="post" onSubmit={submit} noValidate className="card builder__form">
        <h2>Make a handout</h2>
        <noscript>
          <p className="alert alert--warning">Making a handout needs JavaScript. Switch it on in your browser, then reload this page.</p>
        </noscript>
        <ErrorSummary errors={summaryErrors} description={lastSubmit === state ? state.error : null} submission={lastSubmit} summaryRef={summaryRef} />
        <input type="hidden" name="sections" value={JSON.stringify(included.map(({ topicId, sectionId }) => ({ topicId, sectionId })))} />

        <SectionPicker
          topics={topics}
          language={language}
          items={items}
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
          {clinic.patientIdentifierLabel ? (
            <Field
              id="patientIdentifier"
              label={clinic.patientIdentifierLabel}
              hint="Optional. Tells two patients with the same name apart in your lists; never shown to the patient."
              error={fieldErrors.patientIdentifier}
            >
              {(control) => (
                <input
                  {...control}
                  name="patientIdentifier"
                  type="text"
                  maxLength={64}
                  autoComplete="off"
                  value={values.patientIdentifier}
                  onChange={(event) => set('patientIdentifier', event.target.value)}
                />
              )}
            </Field>
          ) : null}
          <Field
            id="ehrPatientId"
            label="EHR patient id"
            hint="Optional. The patient’s id in your record system, so the education record can be filed in their chart; never shown to the patient."
            error={fieldErrors.ehrPatientId}
          >
            {(control) => (
              <input
                {...control}
                name="ehrPatientId"
                type="text"
                maxLength={64}
                autoComplete="off"
                spellCheck={false}
                value={values.ehrPatientId}
                onChange={(event) => set('ehrPatientId', event.target.value)}
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
          {untranslated.length > 0 ? (
            <fieldset
              className={`untranslated-choice${fieldErrors.untranslatedSections ? ' field--error' : ''}`}
              aria-describedby={fieldErrors.untranslatedSections ? 'untranslatedSections-error' : 'untranslatedSections-hint'}
            >
              <legend>
                {untranslated.length === 1 ? 'One chosen section has' : `${untranslated.length} chosen sections have`} no approved {localeInfo(language).label}{' '}
                translation
              </legend>
              <p id="untranslatedSections-hint" className="hint">
                Only reviewed translations reach patients. Choose what the patient gets for {untranslated.length === 1 ? 'it' : 'them'}:
              </p>
              {fieldErrors.untranslatedSections ? (
                <p id="untranslatedSections-error" className="error">
                  {fieldErrors.untranslatedSections}
                </p>
              ) : null}
              <label className="choice">
                <input
                  type="radio"
                  id="untranslatedSections-leave-out"
                  name="untranslatedSections"
                  value="leave-out"
                  checked={untranslatedChoice === 'leave-out'}
                  onChange={() => setUntranslatedChoice('leave-out')}
                />{' '}
                Leave {untranslated.length === 1 ? 'it' : 'them'} out
              </label>
              <label className="choice">
                <input
                  type="radio"
                  id="untranslatedSections-english"
                  name="untranslatedSections"
                  value="english"
                  checked={untranslatedChoice === 'english'}
                  onChange={() => setUntranslatedChoice('english')}
                />{' '}
                Give {untranslated.length === 1 ? 'it' : 'them'} in English, under a note in {localeInfo(language).label} saying so
              </label>
            </fieldset>
          ) : null}
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
            <Field id="contactLine" label="Contact line" hint={contactLineHint(clinic)} error={fieldErrors.contactLine}>
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
          pageSizeError={fieldErrors.pageSize}
        />

        {showConfirm && (
          <div ref={confirmRef} className="confirm omit-warning-signs" role="group" aria-labelledby="omit-warning-signs-title" tabIndex={-1}>
            <h3 id="omit-warning-signs-title">Leave out “When to get help now”?</h3>
            <p>
              It tells the patient which signs mean they should call for help at once. Tick it again, or say why this patient should not have it; then press
              Create handout.
            </p>
            <Field
              id="warningSignsOmittedReason"
              label="Reason for leaving out the warning signs"
              hint="Required, a sentence is enough. For example: given the printed emergency card in clinic."
              error={fieldErrors.warningSignsOmittedReason}
            >
              {(control) => (
                <textarea
                  {...control}
                  name="warningSignsOmittedReason"
                  required
                  maxLength={500}
                  rows={3}
                  value={omissionReason}
                  onChange={(event) => setOmissionReason(event.target.value)}
                />
              )}
            </Field>
            <button type="button" className="button--secondary" onClick={keepWarningSigns}>
              Tick “When to get help now” again
            </button>
          </div>
        )}

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
        title={kept.length > 0 ? handoutTitle(kept.map((item) => previewTopics.find((topic) => topic.id === item.topicId)!.title)) : 'Your handout'}
        sections={previewSections(items, previewTopics)}
        mainMessages={previewMainMessages(items, previewTopics)}
        showTopics={topics.length > 1}
        values={values}
        clinic={clinic}
        clinicianName={clinicianName}
      />

      {/* Outside the form so it stays in reach below the preview too; on a phone it sticks to the bottom of the screen. */}
      <div className="builder__actions">
        <a
          className="button button--secondary builder__preview-link"
          href="#builder-preview"
          onClick={(event) => {
            event.preventDefault()
            const preview = document.getElementById('builder-preview')
            preview?.scrollIntoView({ block: 'start' })
            preview?.focus({ preventScroll: true })
          }}
        >
          Preview
        </a>
        <button type="submit" form="handout-builder" disabled={pending}>
          {pending ? 'Creating…' : 'Create handout'}
        </button>
      </div>
    </div>
  )
}
