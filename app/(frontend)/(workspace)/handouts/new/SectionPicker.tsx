'use client'

import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { useState } from 'react'

import type { BuilderTopic } from '@/lib/handouts/loadBuilderTopics'
import { moveItem, moveItemTo, sectionKey } from '@/lib/handouts/orderSections'
import type { Locale } from '@/lib/i18n/locales'

import { AddTopicSearch } from './AddTopicSearch'
import type { BuilderItem } from './builderTypes'
import { excerptOf, SortableSection, translationTagFor } from './SortableSection'

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
      <AddTopicSearch inHandout={topicById} busy={busy} onAdd={(id) => void addTopic(id)} />
    </fieldset>
  )
}
