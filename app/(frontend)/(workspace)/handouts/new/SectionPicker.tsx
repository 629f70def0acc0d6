'use client'

import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { type KeyboardEvent, useState } from 'react'

import { isTranslatedSection } from '@/lib/handouts/builderLanguage'
import type { TopicsToAdd } from '@/lib/handouts/findTopicsToAdd'
import type { BuilderTopic } from '@/lib/handouts/loadBuilderTopics'
import { moveItem, moveItemTo, sectionKey } from '@/lib/handouts/orderSections'
import { type Locale, localeInfo, SOURCE_LOCALE } from '@/lib/i18n/locales'

import { findTopicsToAddAction } from './actions'
import type { BuilderItem } from './builderTypes'

function excerptOf(paragraphs: string[], length = 140): string {
  const text = paragraphs.join(' ')
  if (text.length <= length) return text
  const cut = text.lastIndexOf(' ', length)
  return `${text.slice(0, cut > 0 ? cut : length)}…`
}

/** The tag a section shows in a handout not in English: translated, or why it is not. */
function translationTagFor(topic: BuilderTopic, sectionId: string, language: Locale): { text: string; missing: boolean } | null {
  if (language === SOURCE_LOCALE) return null
  const name = localeInfo(language).label
  const state = topic.translations?.[language]?.sections[sectionId]?.state ?? 'missing'
  if (isTranslatedSection(topic, sectionId, language)) return { text: `${name} ✓`, missing: false }
  return { text: state === 'outdated' ? `${name} translation out of date` : `No ${name} translation`, missing: true }
}

function SortableSection({
  item,
  index,
  count,
  topic,
  heading,
  excerpt,
  showTopic,
  urgent,
  invalid,
  translationTag,
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
  /** A warning-sign section ("When to get help now"): ticked by default, listed first, marked. */
  urgent: boolean
  /** The group is in error (nothing ticked). */
  invalid: boolean
  /** In a handout not in English: whether this section has an approved translation. */
  translationTag: { text: string; missing: boolean } | null
  onToggle: () => void
  onMove: (offset: number) => void
}) {
  const key = sectionKey(item)
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: key })
  const domId = `section-${item.topicId}-${item.sectionId}`
  return (
    <li
      ref={setNodeRef}
      className={`section-choice${urgent ? ' section-choice--urgent' : ''}${isDragging ? ' section-choice--dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button type="button" ref={setActivatorNodeRef} className="drag-handle" aria-label={`Drag to reorder: ${heading}`} {...attributes} {...listeners}>
        <span aria-hidden="true">⠿</span>
      </button>
      <input
        type="checkbox"
        id={domId}
        checked={item.included}
        onChange={onToggle}
        aria-describedby={invalid ? `sections-error ${domId}-excerpt` : `${domId}-excerpt`}
        aria-invalid={invalid || undefined}
      />
      <div className="section-choice__text">
        <label htmlFor={domId}>{heading}</label>
        <p id={`${domId}-excerpt`}>
          {urgent ? <span className="tag tag--urgent">Warning signs</span> : null} {showTopic ? <span className="tag">{topic.title}</span> : null}{' '}
          {translationTag ? <span className={`tag${translationTag.missing ? ' tag--missing' : ''}`}>{translationTag.text}</span> : null} {excerpt}
        </p>
      </div>
      <div className="move-buttons">
        <button type="button" className="button--secondary button--small" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move ${heading} up`}>
          ↑ Up
        </button>
        <button
          type="button"
          className="button--secondary button--small"
          onClick={() => onMove(1)}
          disabled={index === count - 1}
          aria-label={`Move ${heading} down`}
        >
          ↓ Down
        </button>
      </div>
    </li>
  )
}

/** What the search for a topic to add found, said in words: how many, and what to try when it is too many or none. */
function topicSearchStatus(query: string, found: TopicsToAdd): string {
  if (found.total === 0) return `No published topic matches “${query}”. Try fewer or other words, or a condition code such as M54.`
  if (found.total > found.topics.length) return `The ${found.topics.length} best of ${found.total} topics matching “${query}”: add a word to narrow it down.`
  return found.total === 1 ? `1 topic matches “${query}”.` : `${found.total} topics match “${query}”.`
}

/**
 * The sections to include: tick, drag or move with Up/Down (announced to
 * screen readers), and add or remove whole topics.
 */
export function SectionPicker({
  topics,
  language,
  items,
  error,
  busy,
  onItemsChange,
  onAddTopic,
  onRemoveTopic,
}: {
  topics: BuilderTopic[]
  /** The handout's language: each section says whether it has an approved translation in it. */
  language: Locale
  items: BuilderItem[]
  error?: string
  busy: boolean
  onItemsChange: (update: (current: BuilderItem[]) => BuilderItem[]) => void
  /** Loads the topic and appends its sections; resolves to the announcement to read out, or null when nothing was added. */
  onAddTopic: (topicId: number) => Promise<string | null>
  onRemoveTopic: (topicId: number) => void
}) {
  const [topicQuery, setTopicQuery] = useState('')
  const [found, setFound] = useState<{ query: string; result: TopicsToAdd } | null>(null)
  const [searching, setSearching] = useState(false)
  const [searchStatus, setSearchStatus] = useState('')
  const [announcement, setAnnouncement] = useState('')
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  const topicById = new Map(topics.map((topic) => [topic.id, topic]))
  const sectionOf = (item: BuilderItem) => topicById.get(item.topicId)?.sections.find((section) => section.id === item.sectionId)

  function move(index: number, offset: number) {
    const item = items[index]
    onItemsChange((current) => moveItem(current, index, offset))
    const heading = item ? sectionOf(item)?.heading : undefined
    if (heading) setAnnouncement(`${heading} moved to position ${Math.min(Math.max(index + offset, 0), items.length - 1) + 1} of ${items.length}.`)
  }

  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event
    if (!over || active.id === over.id) return
    const from = items.findIndex((item) => sectionKey(item) === active.id)
    const to = items.findIndex((item) => sectionKey(item) === over.id)
    onItemsChange((current) => moveItemTo(current, from, to))
  }

  async function findTopics() {
    const query = topicQuery.trim()
    if (query === '' || searching) return
    setSearching(true)
    try {
      const result = await findTopicsToAddAction(query)
      setFound(result ? { query, result } : null)
      setSearchStatus(result ? topicSearchStatus(query, result) : 'Your session has ended. Sign in again in another tab, then search again.')
    } catch {
      setFound(null)
      setSearchStatus('The search could not be run. Try again in a moment.')
    } finally {
      setSearching(false)
    }
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches for a topic; it must not submit the handout.
    if (event.key !== 'Enter') return
    event.preventDefault()
    void findTopics()
  }

  async function addTopic(id: number) {
    if (topicById.has(id)) return
    const added = await onAddTopic(id)
    if (added) setAnnouncement(added)
  }

  return (
    <fieldset aria-describedby={[error ? 'sections-error' : null, 'sections-hint'].filter(Boolean).join(' ')}>
      <legend>Sections to include</legend>
      <p id="sections-hint" className="hint">
        Tick the sections that fit this patient. “When to get help now” is ticked for you and always comes first for the patient. Drag the others, or use Up and
        Down, to set the order the patient reads them in.
      </p>
      {error && (
        <p id="sections-error" className="error">
          {error}
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
                  showTopic={topics.length > 1}
                  urgent={section.urgent}
                  invalid={Boolean(error)}
                  translationTag={translationTagFor(topic, section.id, language)}
                  onToggle={() =>
                    onItemsChange((current) => current.map((candidate, i) => (i === index ? { ...candidate, included: !candidate.included } : candidate)))
                  }
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
                <button type="button" className="button--link" onClick={() => onRemoveTopic(topic.id)} aria-label={`Remove topic ${topic.title}`}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="add-topic">
        <label htmlFor="addTopic">Add another topic</label>
        <p id="addTopic-hint" className="hint">
          Search the library by condition, symptom or code (e.g. M54).
        </p>
        <div className="actions">
          <input
            id="addTopic"
            type="search"
            value={topicQuery}
            maxLength={200}
            autoComplete="off"
            aria-describedby="addTopic-hint"
            onChange={(event) => setTopicQuery(event.target.value)}
            onKeyDown={onSearchKeyDown}
          />
          <button type="button" className="button--secondary" onClick={() => void findTopics()} disabled={topicQuery.trim() === '' || searching}>
            Find topics
          </button>
        </div>
        {/* Always there, so screen readers hear each search's outcome as it changes. */}
        <p className="hint" role="status">
          {searchStatus}
        </p>
        {found ? (
          <>
            {found.result.topics.length > 0 ? (
              <ul className="topic-results" aria-label="Topics found">
                {found.result.topics.map((topic) => (
                  <li key={topic.id}>
                    <span>{topic.title}</span>
                    {topicById.has(topic.id) ? (
                      <span className="muted">In this handout</span>
                    ) : (
                      <button
                        type="button"
                        className="button--secondary"
                        onClick={() => void addTopic(topic.id)}
                        disabled={busy}
                        aria-label={`Add ${topic.title}`}
                      >
                        Add
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </fieldset>
  )
}
