'use client'

import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useActionState, useMemo, useState, useTransition } from 'react'

import { contactText, formatLongDate, instructionParagraphs } from '@/lib/handouts/formatHandoutText'
import { HANDOUT_LANGUAGES, PAGE_SIZES, type PageSizeOption } from '@/lib/handouts/handoutOptions'
import type { BuilderTopic } from '@/lib/handouts/loadBuilderTopics'
import { handoutTitle, moveItem, moveItemTo, sectionKey } from '@/lib/handouts/orderSections'

import { createHandoutAction, type HandoutBuilderState, loadBuilderTopicAction, saveKitAction } from './actions'

export interface BuilderItem {
  topicId: number
  sectionId: string
  included: boolean
}

export interface BuilderValues {
  patientName: string
  preferredName: string
  language: string
  instructions: string
  followUpDate: string
  contactLine: string
  largePrint: boolean
  /** '' = the clinic's default. */
  pageSize: '' | PageSizeOption
}

export interface HandoutBuilderProps {
  initialTopics: BuilderTopic[]
  initialItems: BuilderItem[]
  initialValues: BuilderValues
  availableTopics: Array<{ id: number; title: string }>
  clinic: { name: string; phone: string | null; defaultPageSize: PageSizeOption }
  clinicianName: string
}

const initialState: HandoutBuilderState = { error: null, fieldErrors: {} }

function SortableSection({
  item,
  index,
  count,
  topic,
  heading,
  excerpt,
  showTopic,
  onToggle,
  onMove,
}: {
  item: BuilderItem
  index: number
  count: number
  topic: BuilderTopic
  heading: string
  excerpt: string
  showTopic: boolean
  onToggle: () => void
  onMove: (offset: number) => void
}) {
  const key = sectionKey(item)
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: key })
  const domId = `section-${item.topicId}-${item.sectionId}`
  return (
    <li ref={setNodeRef} className={`section-choice${isDragging ? ' section-choice--dragging' : ''}`} style={{ transform: CSS.Transform.toString(transform), transition }}>
      <button type="button" ref={setActivatorNodeRef} className="drag-handle" aria-label={`Drag to reorder: ${heading}`} {...attributes} {...listeners}>
        <span aria-hidden="true">⠿</span>
      </button>
      <input type="checkbox" id={domId} checked={item.included} onChange={onToggle} aria-describedby={`${domId}-excerpt`} />
      <div className="section-choice__text">
        <label htmlFor={domId}>{heading}</label>
        <p id={`${domId}-excerpt`}>
          {showTopic ? <span className="tag">{topic.title}</span> : null} {excerpt}
        </p>
      </div>
      <div className="move-buttons">
        <button type="button" className="button--secondary button--small" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move ${heading} up`}>
          ↑ Up
        </button>
        <button type="button" className="button--secondary button--small" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move ${heading} down`}>
          ↓ Down
        </button>
      </div>
    </li>
  )
}

function excerptOf(paragraphs: string[], length = 140): string {
  const text = paragraphs.join(' ')
  if (text.length <= length) return text
  const cut = text.lastIndexOf(' ', length)
  return `${text.slice(0, cut > 0 ? cut : length)}…`
}

export function HandoutBuilder({ initialTopics, initialItems, initialValues, availableTopics, clinic, clinicianName }: HandoutBuilderProps) {
  const [state, formAction, pending] = useActionState(createHandoutAction, initialState)
  const [topics, setTopics] = useState<BuilderTopic[]>(initialTopics)
  const [items, setItems] = useState<BuilderItem[]>(initialItems)
  const [values, setValues] = useState<BuilderValues>(initialValues)
  const [topicToAdd, setTopicToAdd] = useState('')
  const [builderMessage, setBuilderMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  const [kitName, setKitName] = useState('')
  const [kitShared, setKitShared] = useState(false)
  const [working, startTransition] = useTransition()
  const [, startSubmit] = useTransition()
  const [announcement, setAnnouncement] = useState('')

  const topicById = useMemo(() => new Map(topics.map((topic) => [topic.id, topic])), [topics])
  const sectionOf = (item: BuilderItem) => topicById.get(item.topicId)?.sections.find((section) => section.id === item.sectionId)
  const included = items.filter((item) => item.included && sectionOf(item))
  const multipleTopics = topics.length > 1
  const addable = availableTopics.filter((topic) => !topicById.has(topic.id))

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))

  function set<K extends keyof BuilderValues>(key: K, value: BuilderValues[K]) {
    setValues((current) => ({ ...current, [key]: value }))
  }

  function move(index: number, offset: number) {
    const item = items[index]
    setItems((current) => moveItem(current, index, offset))
    const heading = item ? sectionOf(item)?.heading : undefined
    if (heading) setAnnouncement(`${heading} moved to position ${Math.min(Math.max(index + offset, 0), items.length - 1) + 1} of ${items.length}.`)
  }

  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event
    if (!over || active.id === over.id) return
    const from = items.findIndex((item) => sectionKey(item) === active.id)
    const to = items.findIndex((item) => sectionKey(item) === over.id)
    setItems((current) => moveItemTo(current, from, to))
  }

  function addTopic() {
    const id = Number(topicToAdd)
    if (!Number.isInteger(id) || id <= 0 || topicById.has(id)) return
    setBuilderMessage(null)
    startTransition(async () => {
      const topic = await loadBuilderTopicAction(id)
      if (!topic) {
        setBuilderMessage({ kind: 'error', text: 'That topic could not be loaded. It may have been unpublished.' })
        return
      }
      setTopics((current) => (current.some((existing) => existing.id === topic.id) ? current : [...current, topic]))
      setItems((current) => [...current, ...topic.sections.map((section) => ({ topicId: topic.id, sectionId: section.id, included: false }))])
      setTopicToAdd('')
      setAnnouncement(`${topic.title} added with ${topic.sections.length} sections at the end of the list.`)
    })
  }

  function removeTopic(topicId: number) {
    setTopics((current) => current.filter((topic) => topic.id !== topicId))
    setItems((current) => current.filter((item) => item.topicId !== topicId))
  }

  function saveAsKit() {
    setBuilderMessage(null)
    startTransition(async () => {
      const result = await saveKitAction({ name: kitName, sharedWithClinic: kitShared, sections: included.map(({ topicId, sectionId }) => ({ topicId, sectionId })) })
      if (result.ok) {
        setBuilderMessage({ kind: 'success', text: `Kit “${result.name}” saved. Start a handout from it on the Kits page.` })
        setKitName('')
      } else setBuilderMessage({ kind: 'error', text: result.error })
    })
  }

  const fieldError = (field: keyof HandoutBuilderState['fieldErrors']) => state.fieldErrors[field]
  const describedBy = (field: keyof HandoutBuilderState['fieldErrors'], hint?: string) => [fieldError(field) ? `${field}-error` : null, hint].filter(Boolean).join(' ') || undefined
  const title = included.length > 0 ? handoutTitle(included.map((item) => topicById.get(item.topicId)!.title)) : 'Your handout'
  const contact = contactText(values.contactLine, clinic)
  const paperSize = values.pageSize || clinic.defaultPageSize

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

        <fieldset aria-describedby={describedBy('sections', 'sections-hint')}>
          <legend>Sections to include</legend>
          <p id="sections-hint" className="hint">
            Tick the sections that fit this patient. Drag them, or use Up and Down, to set the order the patient reads them in.
          </p>
          {fieldError('sections') && (
            <p id="sections-error" className="error">
              {fieldError('sections')}
            </p>
          )}
          {topics.length === 0 ? <p className="muted">Add a topic below to choose its sections.</p> : null}
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
            <SortableContext items={items.map(sectionKey)} strategy={verticalListSortingStrategy}>
              <ol className="section-list">
                {items.map((item, index) => {
                  const topic = topicById.get(item.topicId)
                  const section = sectionOf(item)
                  if (!topic || !section) return null
                  return (
                    <SortableSection
                      key={sectionKey(item)}
                      item={item}
                      index={index}
                      count={items.length}
                      topic={topic}
                      heading={section.heading}
                      excerpt={excerptOf(section.paragraphs)}
                      showTopic={multipleTopics}
                      onToggle={() => setItems((current) => current.map((candidate, i) => (i === index ? { ...candidate, included: !candidate.included } : candidate)))}
                      onMove={(offset) => move(index, offset)}
                    />
                  )
                })}
              </ol>
            </SortableContext>
          </DndContext>
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
          {topics.length > 0 && (
            <ul className="topic-chips" aria-label="Topics in this handout">
              {topics.map((topic) => (
                <li key={topic.id}>
                  {topic.title}{' '}
                  {topics.length > 1 && (
                    <button type="button" className="button--link" onClick={() => removeTopic(topic.id)} aria-label={`Remove topic ${topic.title}`}>
                      Remove
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {addable.length > 0 && (
            <div className="add-topic">
              <label htmlFor="addTopic">Add another topic</label>
              <div className="actions">
                <select id="addTopic" value={topicToAdd} onChange={(event) => setTopicToAdd(event.target.value)}>
                  <option value="">Choose a topic…</option>
                  {addable.map((topic) => (
                    <option key={topic.id} value={topic.id}>
                      {topic.title}
                    </option>
                  ))}
                </select>
                <button type="button" className="button--secondary" onClick={addTopic} disabled={!topicToAdd || working}>
                  Add topic
                </button>
              </div>
            </div>
          )}
        </fieldset>

        <fieldset>
          <legend>For the patient</legend>
          <div className="field">
            <label htmlFor="patientName">Patient name</label>
            <input
              id="patientName"
              name="patientName"
              type="text"
              required
              maxLength={200}
              autoComplete="off"
              value={values.patientName}
              onChange={(event) => set('patientName', event.target.value)}
              aria-invalid={fieldError('patientName') ? true : undefined}
              aria-describedby={describedBy('patientName')}
            />
            {fieldError('patientName') && (
              <p id="patientName-error" className="error">
                {fieldError('patientName')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="preferredName">Preferred name</label>
            <small id="preferredName-hint">Optional. What the patient likes to be called, used to greet them.</small>
            <input id="preferredName" name="preferredName" type="text" maxLength={200} autoComplete="off" value={values.preferredName} onChange={(event) => set('preferredName', event.target.value)} aria-describedby={describedBy('preferredName', 'preferredName-hint')} aria-invalid={fieldError('preferredName') ? true : undefined} />
            {fieldError('preferredName') && (
              <p id="preferredName-error" className="error">
                {fieldError('preferredName')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="language">Language</label>
            <select id="language" name="language" value={values.language} onChange={(event) => set('language', event.target.value)}>
              {HANDOUT_LANGUAGES.map((language) => (
                <option key={language.value} value={language.value}>
                  {language.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="instructions">Instructions for this patient</label>
            <small id="instructions-hint">Optional. Shown in a highlighted box at the top. Leave a blank line between paragraphs.</small>
            <textarea id="instructions" name="instructions" maxLength={5000} value={values.instructions} onChange={(event) => set('instructions', event.target.value)} aria-describedby={describedBy('instructions', 'instructions-hint')} aria-invalid={fieldError('instructions') ? true : undefined} />
            {fieldError('instructions') && (
              <p id="instructions-error" className="error">
                {fieldError('instructions')}
              </p>
            )}
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="followUpDate">Follow-up date</label>
              <small id="followUpDate-hint">Optional.</small>
              <input id="followUpDate" name="followUpDate" type="date" value={values.followUpDate} onChange={(event) => set('followUpDate', event.target.value)} aria-describedby={describedBy('followUpDate', 'followUpDate-hint')} aria-invalid={fieldError('followUpDate') ? true : undefined} />
              {fieldError('followUpDate') && (
                <p id="followUpDate-error" className="error">
                  {fieldError('followUpDate')}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor="contactLine">Contact line</label>
              <small id="contactLine-hint">{clinic.phone ? `Leave empty to use the clinic phone (${clinic.phone}).` : 'Who the patient should call with questions.'}</small>
              <input id="contactLine" name="contactLine" type="text" maxLength={300} value={values.contactLine} onChange={(event) => set('contactLine', event.target.value)} aria-describedby={describedBy('contactLine', 'contactLine-hint')} aria-invalid={fieldError('contactLine') ? true : undefined} />
              {fieldError('contactLine') && (
                <p id="contactLine-error" className="error">
                  {fieldError('contactLine')}
                </p>
              )}
            </div>
          </div>
        </fieldset>

        <fieldset>
          <legend>Print</legend>
          <div className="checkbox-field">
            <input id="largePrint" name="largePrint" type="checkbox" checked={values.largePrint} onChange={(event) => set('largePrint', event.target.checked)} aria-describedby="largePrint-hint" />
            <div>
              <label htmlFor="largePrint">Large print</label>
              <small id="largePrint-hint">16 pt text in the PDF and larger text on the patient&apos;s page.</small>
            </div>
          </div>
          <div className="field">
            <label htmlFor="pageSize">Paper size</label>
            <select id="pageSize" name="pageSize" value={values.pageSize} onChange={(event) => set('pageSize', event.target.value as BuilderValues['pageSize'])}>
              <option value="">Clinic default ({PAGE_SIZES.find((size) => size.value === clinic.defaultPageSize)?.label})</option>
              {PAGE_SIZES.map((size) => (
                <option key={size.value} value={size.value}>
                  {size.label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Creating…' : 'Create handout'}
          </button>
        </div>

        <details className="save-kit">
          <summary>Save this selection as a kit</summary>
          <p className="hint">Kits keep the ticked sections in this order, without any patient details, to start the next handout faster.</p>
          <div className="field">
            <label htmlFor="kitName">Kit name</label>
            <input id="kitName" type="text" maxLength={120} value={kitName} onChange={(event) => setKitName(event.target.value)} />
          </div>
          <div className="checkbox-field">
            <input id="kitShared" type="checkbox" checked={kitShared} onChange={(event) => setKitShared(event.target.checked)} />
            <label htmlFor="kitShared">Share with everyone in the clinic</label>
          </div>
          <button type="button" className="button--secondary" onClick={saveAsKit} disabled={working}>
            Save kit
          </button>
        </details>
        {builderMessage && (
          <div className={`alert ${builderMessage.kind === 'error' ? 'alert--error' : 'alert--success'}`} role={builderMessage.kind === 'error' ? 'alert' : 'status'}>
            {builderMessage.text}
          </div>
        )}
      </form>

      <section className={`card builder__preview handout-paper${values.largePrint ? ' large-print' : ''}`} aria-labelledby="preview-heading">
        <p id="preview-heading" className="preview-label">
          Preview · {PAGE_SIZES.find((size) => size.value === paperSize)?.label}
          {values.largePrint ? ' · large print' : ''}
        </p>
        <p className="preview-clinic">{clinic.name}</p>
        <p className="preview-title">{title}</p>
        <p className="muted">
          Prepared for <strong>{values.patientName.trim() || 'your patient'}</strong> by {clinicianName} on {formatLongDate(new Date().toISOString())}
        </p>
        {values.preferredName.trim() ? <p>Hello {values.preferredName.trim()},</p> : null}
        {instructionParagraphs(values.instructions).length > 0 && (
          <div className="instructions">
            <p className="preview-heading">Your care team&apos;s instructions</p>
            {instructionParagraphs(values.instructions).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        )}
        {included.length === 0 ? <p className="muted">Ticked sections appear here, in order.</p> : null}
        {included.map((item, index) => {
          const section = sectionOf(item)!
          const topic = topicById.get(item.topicId)!
          const previous = included[index - 1]
          const newTopic = multipleTopics && (!previous || previous.topicId !== item.topicId)
          return (
            <div key={sectionKey(item)}>
              {newTopic ? <p className="preview-topic">{topic.title}</p> : null}
              <p className="preview-heading">{section.heading}</p>
              {section.paragraphs.map((paragraph, paragraphIndex) => (
                <p key={paragraphIndex}>{paragraph}</p>
              ))}
            </div>
          )
        })}
        {(values.followUpDate || contact) && (
          <div className="follow-up">
            {values.followUpDate ? <p>Your follow-up appointment: {formatLongDate(`${values.followUpDate}T12:00:00.000Z`) ?? values.followUpDate}</p> : null}
            {contact ? <p>Questions? {contact}</p> : null}
          </div>
        )}
      </section>
    </div>
  )
}
