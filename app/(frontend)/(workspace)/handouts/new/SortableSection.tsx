import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'

import { isTranslatedSection } from '@/lib/handouts/builderLanguage'
import type { BuilderTopic } from '@/lib/handouts/loadBuilderTopics'
import { sectionKey } from '@/lib/handouts/orderSections'
import { type Locale, localeInfo, SOURCE_LOCALE } from '@/lib/i18n/locales'

import { sectionDomId } from './builderForm'
import type { BuilderItem } from './builderTypes'

/** The start of a section's text, cut at a word, for the picker. */
export function excerptOf(paragraphs: string[], length = 140): string {
  const text = paragraphs.join(' ')
  if (text.length <= length) return text
  const cut = text.lastIndexOf(' ', length)
  return `${text.slice(0, cut > 0 ? cut : length)}…`
}

/** The tag a section shows in a handout not in English: translated, or why it is not. */
export function translationTagFor(topic: BuilderTopic, sectionId: string, language: Locale): { text: string; missing: boolean } | null {
  if (language === SOURCE_LOCALE) return null
  const name = localeInfo(language).label
  const state = topic.translations?.[language]?.sections[sectionId]?.state ?? 'missing'
  if (isTranslatedSection(topic, sectionId, language)) return { text: `${name} ✓`, missing: false }
  return { text: state === 'outdated' ? `${name} translation out of date` : `No ${name} translation`, missing: true }
}

/** One section in the picker: a drag handle, its checkbox and excerpt, and Up/Down buttons. */
export function SortableSection({
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
  const domId = sectionDomId(item)
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
