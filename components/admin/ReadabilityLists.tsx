import type { ReactNode } from 'react'

import type { QualityFlag } from '@/lib/contentQuality/qualityFlags'
import type { TopicNotice } from '@/lib/contentQuality/topicNotices'

/** What the English and the Spanish readability views share: the headline figures, the flags and notices, and the long sentences and words. */

const listHeading = { margin: '0 0 0.5rem' } as const
const list = { margin: 0, paddingLeft: '1.25rem' } as const

/** One headline figure (a grade, a score, the target), coloured by whether it meets the target. */
export function ScoreFigure({ label, value, color, children }: { label: string; value: ReactNode; color?: string; children?: ReactNode }) {
  return (
    <div>
      <div style={{ fontSize: '0.85rem' }}>{label}</div>
      <strong style={{ fontSize: '2rem', color }}>{value}</strong>
      {children}
    </div>
  )
}

/** Informational: shown beside the flags, never blocking a publish (lib/contentQuality/topicNotices.ts). */
export function NoticeList({ notices }: { notices: TopicNotice[] | undefined }) {
  if (!notices || notices.length === 0) return null
  return (
    <div>
      <h4 style={listHeading}>For your information (does not block publishing)</h4>
      <ul style={list}>
        {notices.map((notice) => (
          <li key={notice.code}>
            <strong>{notice.label}.</strong> {notice.details.join(' ')}
          </li>
        ))}
      </ul>
    </div>
  )
}

export function FlagList({ flags }: { flags: QualityFlag[] }) {
  return (
    <div>
      <h4 style={listHeading}>Quality flags</h4>
      {flags.length === 0 ? (
        <p>No open flags.</p>
      ) : (
        <ul style={list}>
          {flags.map((flag) => (
            <li key={flag.code} style={{ marginBottom: '0.5rem' }}>
              <strong style={{ color: '#8a1414' }}>{flag.label}</strong>
              <ul>
                {flag.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** `lang` marks the quoted text when it is not in English, so a screen reader reads it in its language. */
export function LongSentenceList({ sentences, lang }: { sentences: ReadonlyArray<{ sentence: string; words: number }>; lang?: string }) {
  if (sentences.length === 0) return null
  return (
    <div>
      <h4 style={listHeading}>Long sentences (over 20 words)</h4>
      <ol style={list} lang={lang}>
        {sentences.map((entry, index) => (
          <li key={index}>
            <mark>{entry.sentence}</mark> <small>({entry.words} words)</small>
          </li>
        ))}
      </ol>
    </div>
  )
}

export function LongWordList({ heading, words, lang }: { heading: string; words: ReadonlyArray<{ word: string; count: number }>; lang?: string }) {
  if (words.length === 0) return null
  return (
    <div>
      <h4 style={listHeading}>{heading}</h4>
      <p style={{ lineHeight: 2 }} lang={lang}>
        {words.map((entry) => (
          <mark key={entry.word} style={{ marginRight: '0.5rem', padding: '0 0.25rem' }}>
            {entry.word} <small>×{entry.count}</small>
          </mark>
        ))}
      </p>
    </div>
  )
}

/**
 * The figures of each section, so an editor sees which one pulls the topic's
 * score away from the target; `columns` are the language's own measures,
 * between the section's heading and its word count.
 */
export function SectionFiguresTable<Section extends { sectionId?: string | null; heading: string; words: number }>({
  sections,
  columns,
  headingLang,
  children,
}: {
  sections: readonly Section[]
  columns: ReadonlyArray<{ label: string; value: (section: Section) => ReactNode; color?: (section: Section) => string }>
  /** The language of the section headings, when not English. */
  headingLang?: string
  /** A note under the table. */
  children?: ReactNode
}) {
  return (
    <div>
      <h4 style={listHeading}>By section</h4>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>Section</th>
            {columns.map((column) => (
              <th key={column.label} style={{ textAlign: 'right' }}>
                {column.label}
              </th>
            ))}
            <th style={{ textAlign: 'right' }}>Words</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((section, index) => (
            <tr key={section.sectionId ?? index}>
              <td lang={headingLang}>{section.heading}</td>
              {columns.map((column) => (
                <td key={column.label} style={{ textAlign: 'right', color: column.color?.(section) }}>
                  {column.value(section)}
                </td>
              ))}
              <td style={{ textAlign: 'right' }}>{section.words}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {children}
    </div>
  )
}
