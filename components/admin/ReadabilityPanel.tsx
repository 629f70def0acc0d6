'use client'

import { useDocumentInfo, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import type { QualityFlag } from '@/lib/contentQuality/qualityFlags'
import type { TopicNotice } from '@/lib/contentQuality/topicNotices'
import type { TopicReadability } from '@/lib/readability/analyzeTopicReadability'

import { FlagList, LongSentenceList, LongWordList, NoticeList, ScoreFigure, SectionFiguresTable } from './ReadabilityLists'
import { SpanishReadability, type StoredSpanishReadability } from './SpanishReadability'

type StoredReadability = TopicReadability & { flags?: QualityFlag[]; notices?: TopicNotice[]; computedAt?: string }

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

/** Readability and quality flags of the saved topic, for the editor and the reviewer. */
export const ReadabilityPanel: JSONFieldClientComponent = ({ path }) => {
  const { value } = useField<StoredReadability | StoredSpanishReadability | null>({ path: path ?? 'readability' })
  const published = usePublishedReadability()
  if (!value || typeof value !== 'object' || !('sections' in value)) {
    return <p style={{ margin: '1rem 0' }}>Readability and quality checks appear here after the topic is saved.</p>
  }
  if ('locale' in value && value.locale === 'es') return <SpanishReadability value={value as StoredSpanishReadability} />
  if (!('fleschKincaidGrade' in value)) return <p style={{ margin: '1rem 0' }}>Readability and quality checks appear here after the topic is saved.</p>
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
        <ScoreFigure label="Flesch-Kincaid grade" value={value.fleschKincaidGrade ?? '—'} color={gradeTone(value.fleschKincaidGrade, value.target)} />
        <ScoreFigure label="SMOG index" value={value.smogIndex ?? '—'} color={gradeTone(value.smogIndex, value.target)} />
        <ScoreFigure label="Target" value={`≤ ${value.target}`} />
        <div style={{ alignSelf: 'end', fontSize: '0.85rem' }}>
          {value.words} words · {value.sentences} sentences · {value.polysyllables} long words
        </div>
      </div>
      <FlagList flags={value.flags ?? []} />
      <NoticeList notices={value.notices} />
      <SectionFiguresTable
        sections={value.sections}
        columns={[
          { label: 'Grade', value: (section) => section.fleschKincaidGrade ?? '—', color: (section) => gradeTone(section.fleschKincaidGrade, value.target) },
          { label: 'SMOG', value: (section) => section.smogIndex ?? '—' },
        ]}
      >
        <p style={{ fontSize: '0.8rem' }}>SMOG is defined on 30 sentences; figures for short sections are rough.</p>
      </SectionFiguresTable>
      <LongSentenceList sentences={value.longSentences} />
      <LongWordList heading="Long words (3 or more syllables)" words={value.longWords} />
    </section>
  )
}
