'use client'

import { useDocumentInfo, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import type { QualityFlag } from '@/lib/contentQuality/qualityFlags'
import type { TopicNotice } from '@/lib/contentQuality/topicNotices'
import type { SpanishTopicReadability } from '@/lib/readability/analyzeSpanishTopicReadability'
import type { TopicReadability } from '@/lib/readability/analyzeTopicReadability'

type StoredReadability = TopicReadability & { flags?: QualityFlag[]; notices?: TopicNotice[]; computedAt?: string }
type StoredSpanishReadability = SpanishTopicReadability & { locale: 'es'; flags?: QualityFlag[]; notices?: TopicNotice[]; computedAt?: string }

function gradeTone(grade: number | null, target: number): string {
  if (grade === null) return '#4a5561'
  return grade <= target ? '#0b5450' : '#8a1414'
}

/**
 * The published version's figures, when the form shows a newer draft: a
 * reviewer compares the two before publishing.
 */
function usePublishedReadability(): StoredReadability | null {
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const [published, setPublished] = useState<StoredReadability | null>(null)
  useEffect(() => {
    if (!id || !hasPublishedDoc || unpublishedVersionCount === 0) return
    const controller = new AbortController()
    fetch(`/api/topics/${encodeURIComponent(String(id))}?depth=0&draft=false&select[readability]=true`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: { readability?: StoredReadability } | null) => setPublished(doc?.readability ?? null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, hasPublishedDoc, unpublishedVersionCount])
  return unpublishedVersionCount > 0 ? published : null
}

/** Informational: shown beside the flags, never blocking a publish (lib/contentQuality/topicNotices.ts). */
function NoticeList({ notices }: { notices: TopicNotice[] | undefined }) {
  if (!notices || notices.length === 0) return null
  return (
    <div>
      <h4 style={{ margin: '0 0 0.5rem' }}>For your information (does not block publishing)</h4>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {notices.map((notice) => (
          <li key={notice.code}>
            <strong>{notice.label}.</strong> {notice.details.join(' ')}
          </li>
        ))}
      </ul>
    </div>
  )
}

function FlagList({ flags }: { flags: QualityFlag[] }) {
  return (
    <div>
      <h4 style={{ margin: '0 0 0.5rem' }}>Quality flags</h4>
      {flags.length === 0 ? (
        <p>No open flags.</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
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

/** INFLESZ reads the other way round from a grade: higher is easier. */
function infleszTone(score: number | null, target: number): string {
  if (score === null) return '#4a5561'
  return score >= target ? '#0b5450' : '#8a1414'
}

/** A Spanish translation's figures: INFLESZ (Szigriszt-Pazos) against the clinic's target, Fernández-Huerta beside it. */
function SpanishReadability({ value }: { value: StoredSpanishReadability }) {
  return (
    <section aria-label="Readability and quality" lang="en" style={{ margin: '1rem 0 2rem', display: 'grid', gap: '1rem' }}>
      <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap' }}>
        <div>
          <div style={{ fontSize: '0.85rem' }}>INFLESZ (Szigriszt-Pazos)</div>
          <strong style={{ fontSize: '2rem', color: infleszTone(value.szigrisztPazos, value.target) }}>{value.szigrisztPazos ?? '—'}</strong>
          {value.infleszBand ? <div lang="es">{value.infleszBand.labelEs}</div> : null}
        </div>
        <div>
          <div style={{ fontSize: '0.85rem' }}>Fernández-Huerta</div>
          <strong style={{ fontSize: '2rem' }}>{value.fernandezHuerta ?? '—'}</strong>
        </div>
        <div>
          <div style={{ fontSize: '0.85rem' }}>Target</div>
          <strong style={{ fontSize: '2rem' }}>≥ {value.target}</strong>
        </div>
        <div style={{ alignSelf: 'end', fontSize: '0.85rem' }}>
          {value.words} words · {value.sentences} sentences · {value.longWordCount} long words
        </div>
      </div>
      <FlagList flags={value.flags ?? []} />
      <NoticeList notices={value.notices} />
      <div>
        <h4 style={{ margin: '0 0 0.5rem' }}>By section</h4>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>Section</th>
              <th style={{ textAlign: 'right' }}>INFLESZ</th>
              <th style={{ textAlign: 'right' }}>Words</th>
            </tr>
          </thead>
          <tbody>
            {value.sections.map((section, index) => (
              <tr key={section.sectionId ?? index}>
                <td lang="es">{section.heading}</td>
                <td style={{ textAlign: 'right', color: infleszTone(section.szigrisztPazos, value.target) }}>{section.szigrisztPazos ?? '—'}</td>
                <td style={{ textAlign: 'right' }}>{section.words}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {value.longSentences.length > 0 && (
        <div>
          <h4 style={{ margin: '0 0 0.5rem' }}>Long sentences (over 20 words)</h4>
          <ol style={{ margin: 0, paddingLeft: '1.25rem' }} lang="es">
            {value.longSentences.map((entry, index) => (
              <li key={index}>
                <mark>{entry.sentence}</mark> <small>({entry.words} words)</small>
              </li>
            ))}
          </ol>
        </div>
      )}
      {value.longWords.length > 0 && (
        <div>
          <h4 style={{ margin: '0 0 0.5rem' }}>Long words (4 or more syllables)</h4>
          <p style={{ lineHeight: 2 }} lang="es">
            {value.longWords.map((entry) => (
              <mark key={entry.word} style={{ marginRight: '0.5rem', padding: '0 0.25rem' }}>
                {entry.word} <small>×{entry.count}</small>
              </mark>
            ))}
          </p>
        </div>
      )}
    </section>
  )
}

/** Readability and quality flags of the saved topic, for the editor and the reviewer. */
export const ReadabilityPanel: JSONFieldClientComponent = ({ path }) => {
  const { value } = useField<StoredReadability | StoredSpanishReadability | null>({ path: path ?? 'readability' })
  const published = usePublishedReadability()
  if (!value || typeof value !== 'object' || !('sections' in value)) {
    return <p style={{ margin: '1rem 0' }}>Readability and quality checks appear here after the topic is saved.</p>
  }
  if ('locale' in value && value.locale === 'es') return <SpanishReadability value={value as StoredSpanishReadability} />
  if (!('fleschKincaidGrade' in value)) return <p style={{ margin: '1rem 0' }}>Readability and quality checks appear here after the topic is saved.</p>
  const flags = value.flags ?? []
  return (
    <section aria-label="Readability and quality" style={{ margin: '1rem 0 2rem', display: 'grid', gap: '1rem' }}>
      {published && published.computedAt !== value.computedAt && (
        <p role="note" style={{ margin: 0, padding: '0.5rem 0.75rem', background: 'var(--theme-elevation-50)', borderRadius: 4 }}>
          You are looking at an unpublished draft. <strong>Published version:</strong> grade {published.fleschKincaidGrade ?? '—'}, SMOG{' '}
          {published.smogIndex ?? '—'}
          {published.flags && published.flags.length > 0 ? `, flags: ${published.flags.map((flag) => flag.label).join('; ')}` : ', no open flags'}.
        </p>
      )}
      <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap' }}>
        <div>
          <div style={{ fontSize: '0.85rem' }}>Flesch-Kincaid grade</div>
          <strong style={{ fontSize: '2rem', color: gradeTone(value.fleschKincaidGrade, value.target) }}>{value.fleschKincaidGrade ?? '—'}</strong>
        </div>
        <div>
          <div style={{ fontSize: '0.85rem' }}>SMOG index</div>
          <strong style={{ fontSize: '2rem', color: gradeTone(value.smogIndex, value.target) }}>{value.smogIndex ?? '—'}</strong>
        </div>
        <div>
          <div style={{ fontSize: '0.85rem' }}>Target</div>
          <strong style={{ fontSize: '2rem' }}>≤ {value.target}</strong>
        </div>
        <div style={{ alignSelf: 'end', fontSize: '0.85rem' }}>
          {value.words} words · {value.sentences} sentences · {value.polysyllables} long words
        </div>
      </div>

      <FlagList flags={flags} />
      <NoticeList notices={value.notices} />

      <div>
        <h4 style={{ margin: '0 0 0.5rem' }}>By section</h4>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>Section</th>
              <th style={{ textAlign: 'right' }}>Grade</th>
              <th style={{ textAlign: 'right' }}>SMOG</th>
              <th style={{ textAlign: 'right' }}>Words</th>
            </tr>
          </thead>
          <tbody>
            {value.sections.map((section, index) => (
              <tr key={section.sectionId ?? index}>
                <td>{section.heading}</td>
                <td style={{ textAlign: 'right', color: gradeTone(section.fleschKincaidGrade, value.target) }}>{section.fleschKincaidGrade ?? '—'}</td>
                <td style={{ textAlign: 'right' }}>{section.smogIndex ?? '—'}</td>
                <td style={{ textAlign: 'right' }}>{section.words}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p style={{ fontSize: '0.8rem' }}>SMOG is defined on 30 sentences; figures for short sections are rough.</p>
      </div>

      {value.longSentences.length > 0 && (
        <div>
          <h4 style={{ margin: '0 0 0.5rem' }}>Long sentences (over 20 words)</h4>
          <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {value.longSentences.map((entry, index) => (
              <li key={index}>
                <mark>{entry.sentence}</mark> <small>({entry.words} words)</small>
              </li>
            ))}
          </ol>
        </div>
      )}

      {value.longWords.length > 0 && (
        <div>
          <h4 style={{ margin: '0 0 0.5rem' }}>Long words (3 or more syllables)</h4>
          <p style={{ lineHeight: 2 }}>
            {value.longWords.map((entry) => (
              <mark key={entry.word} style={{ marginRight: '0.5rem', padding: '0 0.25rem' }}>
                {entry.word} <small>×{entry.count}</small>
              </mark>
            ))}
          </p>
        </div>
      )}
    </section>
  )
}
