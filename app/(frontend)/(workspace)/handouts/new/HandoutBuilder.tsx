'use client'

import { type FormEvent, useActionState, useRef, useState, useSyncExternalStore, useTransition } from 'react'

import { previewMainMessages, previewSections } from '@/lib/handouts/builderItems'
import { topicsInLanguage, untranslatedChoices } from '@/lib/handouts/builderLanguage'
import { UNTRANSLATED_CHOICE_REQUIRED, type UntranslatedSectionsChoice } from '@/lib/handouts/createHandoutInput'
import { leavesOutWarningSigns } from '@/lib/handouts/leavesOutWarningSigns'
import { handoutTitle } from '@/lib/handouts/orderSections'
import { type Locale, localeOf } from '@/lib/i18n/locales'

import { createHandoutAction, type HandoutBuilderState } from './actions'
import { BuilderActions } from './BuilderActions'
import { type BuilderFieldErrors, parseBuilderForm, sectionDomId, summaryErrorsFor } from './builderForm'
import { BuilderPreview } from './BuilderPreview'
import type { BuilderItem, BuilderValues, HandoutBuilderProps } from './builderTypes'
import { ErrorSummary } from './ErrorSummary'
import { OmitWarningSignsConfirm } from './OmitWarningSignsConfirm'
import { PatientFields } from './PatientFields'
import { PrintOptions } from './PrintOptions'
import { SaveKitPanel } from './SaveKitPanel'
import { SectionPicker } from './SectionPicker'
import { useBuilderSections } from './useBuilderSections'

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

/** The handout builder: sections, the patient's details and print options on the left, the printed handout's preview on the right. */
export function HandoutBuilder({ initialTopics, initialItems, initialValues, clinic, clinicianName }: HandoutBuilderProps) {
  const [state, formAction, pending] = useActionState(createHandoutAction, initialState)
  const { topics, items, setItems, topicById, included, firstSection, working, builderMessage, addTopic, removeTopic, saveAsKit } = useBuilderSections({
    initialTopics,
    initialItems,
  })
  const [values, setValues] = useState<BuilderValues>(initialValues)
  const [browserCheck, setBrowserCheck] = useState<BrowserCheck | null>(null)
  // The confirm step: the clinician pressed Create with every warning sign left out.
  const [askReason, setAskReason] = useState(false)
  const [omissionReason, setOmissionReason] = useState('')
  const [, startSubmit] = useTransition()
  const summaryRef = useRef<HTMLDivElement>(null)
  const confirmRef = useRef<HTMLDivElement>(null)
  // The clinician's own today, read in the browser only (the server's clock and time zone never show): the date picker starts there.
  const today = useSyncExternalStore(neverChanges, localToday, () => undefined)

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

  return (
    <div className="builder">
      {/* POST, so that without JavaScript a submit never puts the patient's name in a URL (and so in history and server logs). */}
      <form id="handout-builder" method="post" onSubmit={submit} noValidate className="card builder__form">
        <h2>Make a handout</h2>
        <noscript>
          <p className="alert alert--warning">Making a handout needs JavaScript. Switch it on in your browser, then reload this page.</p>
        </noscript>
        <ErrorSummary
          errors={summaryErrorsFor(fieldErrors, { firstSection, showsOmissionReason: showConfirm })}
          description={lastSubmit === state ? state.error : null}
          submission={lastSubmit}
          summaryRef={summaryRef}
        />
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
        <PatientFields
          values={values}
          onValueChange={set}
          fieldErrors={fieldErrors}
          clinic={clinic}
          today={today}
          language={language}
          untranslatedCount={untranslated.length}
          untranslatedChoice={untranslatedChoice}
          onUntranslatedChoiceChange={setUntranslatedChoice}
        />
        <PrintOptions
          largePrint={values.largePrint}
          pageSize={values.pageSize}
          clinicDefaultPageSize={clinic.defaultPageSize}
          onLargePrintChange={(largePrint) => set('largePrint', largePrint)}
          onPageSizeChange={(pageSize) => set('pageSize', pageSize)}
          pageSizeError={fieldErrors.pageSize}
        />
        {showConfirm && (
          <OmitWarningSignsConfirm
            panelRef={confirmRef}
            reason={omissionReason}
            error={fieldErrors.warningSignsOmittedReason}
            onReasonChange={setOmissionReason}
            onKeepWarningSigns={keepWarningSigns}
          />
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
      <BuilderActions form="handout-builder" pending={pending} />
    </div>
  )
}
