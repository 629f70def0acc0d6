'use client'

import { useField, useFormFields } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

import { PEMAT_DOMAIN_LABELS, PEMAT_DOMAINS, PEMAT_P_ITEMS, PEMAT_THRESHOLD_PERCENT, type PematItem } from '@/lib/pemat/pematItems'
import { PEMAT_ANSWER_LABELS, PEMAT_ANSWERS, type PematAnswer, type PematItemAnswer, type PematRating } from '@/lib/pemat/pematRating'
import { ratePemat, type PematEffectiveAnswer } from '@/lib/pemat/ratePemat'
import type { PematSuggestions } from '@/lib/pemat/suggestPematAnswers'

type Answers = PematRating['answers']
type AnswerKey = keyof Answers

function storedAnswers(value: unknown): Answers {
  if (typeof value !== 'object' || value === null || !('answers' in value)) return {}
  const answers = (value as { answers: unknown }).answers
  return typeof answers === 'object' && answers !== null ? (answers as Answers) : {}
}

function tone(percent: number | null): string {
  if (percent === null) return '#4a5561'
  return percent >= PEMAT_THRESHOLD_PERCENT ? '#0b5450' : '#8a1414'
}

function ItemRating({
  item,
  effective,
  suggestion,
  own,
  readOnly,
  onAnswer,
  onNote,
  onUseSuggestion,
}: {
  item: PematItem
  effective: PematEffectiveAnswer | undefined
  suggestion: PematSuggestions[PematItem['number']]
  own: PematItemAnswer | undefined
  readOnly: boolean
  onAnswer: (answer: PematAnswer) => void
  onNote: (note: string) => void
  onUseSuggestion: () => void
}) {
  const options = PEMAT_ANSWERS.filter((answer) => answer !== 'na' || item.notApplicableWhen)
  const name = `pemat-item-${item.number}`
  return (
    <fieldset style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.5rem 0.75rem', margin: 0 }}>
      <legend style={{ fontWeight: 600, padding: '0 0.25rem' }}>
        {item.number}. {item.text}
      </legend>
      <div style={{ display: 'flex', gap: '1.25rem', flexWrap: 'wrap' }}>
        {options.map((answer) => (
          <label key={answer} style={{ display: 'inline-flex', gap: '0.35rem', alignItems: 'center' }}>
            <input type="radio" name={name} value={answer} checked={effective?.answer === answer} disabled={readOnly} onChange={() => onAnswer(answer)} />
            {answer === 'na' ? `N/A (${item.notApplicableWhen})` : PEMAT_ANSWER_LABELS[answer]}
          </label>
        ))}
      </div>
      {suggestion && (
        <p style={{ margin: '0.35rem 0 0', fontSize: '0.85rem', color: '#4a5561' }}>
          {own ? `Suggested ${PEMAT_ANSWER_LABELS[suggestion.answer]}: ${suggestion.reason}` : `Suggested: ${suggestion.reason}`}
          {own && !readOnly && (
            <>
              {' '}
              <button type="button" onClick={onUseSuggestion} style={{ fontSize: '0.8rem' }}>
                Use the suggestion
              </button>
            </>
          )}
        </p>
      )}
      {!effective && <p style={{ margin: '0.35rem 0 0', fontSize: '0.85rem', color: '#8a1414' }}>Needs a reviewer’s judgement.</p>}
      {readOnly ? (
        own?.note && <p style={{ margin: '0.35rem 0 0', fontSize: '0.85rem' }}>Reviewer’s note: {own.note}</p>
      ) : (
        <label style={{ display: 'block', marginTop: '0.35rem', fontSize: '0.85rem' }}>
          Note on item {item.number}
          <input
            type="text"
            value={own?.note ?? ''}
            maxLength={1000}
            disabled={!effective}
            onChange={(event) => onNote(event.target.value)}
            style={{ display: 'block', width: '100%', marginTop: '0.2rem' }}
          />
        </label>
      )}
    </fieldset>
  )
}

/**
 * The PEMAT-P form: the 24 print items in the guide's wording, answers the
 * structure suggests marked with their reason, and both scores recomputed as
 * the reviewer answers. Editors see it read-only (the field's access).
 */
export const PematRatingField: JSONFieldClientComponent = ({ path, readOnly }) => {
  const { value, setValue } = useField<PematRating | null>({ path: path ?? 'pemat' })
  const readability = useFormFields(([fields]) => fields.readability?.value) as { pematSuggestions?: PematSuggestions } | null | undefined
  const suggestions: PematSuggestions = readability?.pematSuggestions ?? {}
  const answers = storedAnswers(value)
  const result = ratePemat({ suggestions, rating: { answers } })
  const locked = readOnly === true

  const save = (next: Answers) => setValue({ ...(value ?? {}), answers: next })
  const answerItem = (item: PematItem, answer: PematAnswer) => {
    const key = `${item.number}` as AnswerKey
    save({ ...answers, [key]: { ...answers[key], answer } })
  }
  const noteItem = (item: PematItem, note: string) => {
    const key = `${item.number}` as AnswerKey
    const answer = answers[key]?.answer ?? result.answers[item.number]?.answer
    if (!answer) return
    save({ ...answers, [key]: { answer, ...(note ? { note } : {}) } })
  }
  const returnToSuggestion = (item: PematItem) => {
    const next = { ...answers }
    delete next[`${item.number}` as AnswerKey]
    save(next)
  }
  const ratedAt = value && typeof value === 'object' && typeof value.ratedAt === 'string' ? new Date(value.ratedAt) : null

  return (
    <section aria-labelledby="pemat-rating-heading" style={{ margin: '1rem 0 2rem', display: 'grid', gap: '1rem' }}>
      <h3 id="pemat-rating-heading" style={{ margin: 0 }}>
        PEMAT-P rating
      </h3>
      <p role="status" aria-live="polite" style={{ margin: 0, fontSize: '1.1rem' }}>
        {PEMAT_DOMAINS.map((domain, index) => (
          <span key={domain}>
            {index > 0 && ' · '}
            {PEMAT_DOMAIN_LABELS[domain]}{' '}
            <strong style={{ color: tone(result.scores[domain].percent) }}>
              {result.scores[domain].percent === null ? '—' : `${result.scores[domain].percent} %`}
            </strong>
          </span>
        ))}{' '}
        <small>({PEMAT_THRESHOLD_PERCENT} % or more expected)</small>
      </p>
      <p style={{ margin: 0, fontSize: '0.85rem' }}>
        {locked
          ? 'Only a reviewer can change these answers.'
          : 'Answers marked “Suggested” come from the topic’s structure when it was last saved; change any of them. Save to store your rating.'}
        {result.unanswered.length > 0 && ` Items ${result.unanswered.join(', ')} still need an answer.`}
        {ratedAt && !Number.isNaN(ratedAt.getTime()) && ` Last rated ${ratedAt.toLocaleDateString('en-US', { dateStyle: 'medium' })}.`}
      </p>
      {PEMAT_DOMAINS.map((domain) => (
        <fieldset key={domain} style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: '0.5rem' }}>
          <legend style={{ fontSize: '1.05rem', fontWeight: 700, marginBottom: '0.5rem' }}>
            {PEMAT_DOMAIN_LABELS[domain]}: {result.scores[domain].percent === null ? '—' : `${result.scores[domain].percent} %`} ({result.scores[domain].points}{' '}
            of {result.scores[domain].applicable} applicable items)
          </legend>
          {PEMAT_P_ITEMS.filter((item) => item.domain === domain).map((item) => (
            <ItemRating
              key={item.number}
              item={item}
              effective={result.answers[item.number]}
              suggestion={suggestions[item.number]}
              own={answers[`${item.number}` as AnswerKey]}
              readOnly={locked}
              onAnswer={(answer) => answerItem(item, answer)}
              onNote={(note) => noteItem(item, note)}
              onUseSuggestion={() => returnToSuggestion(item)}
            />
          ))}
        </fieldset>
      ))}
    </section>
  )
}
