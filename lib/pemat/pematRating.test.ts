import { describe, expect, it } from 'vitest'

import { parsePematRating, samePematAnswers, validatePematRating } from './pematRating'

describe('parsePematRating', () => {
  it('accepts the stored shape and drops empty notes', () => {
    const parsed = parsePematRating({
      answers: { '1': { answer: 'agree', note: ' Clear. ' }, '6': { answer: 'na', note: '' } },
      ratedBy: 3,
      ratedAt: '2026-11-30T22:00:00.000Z',
    })
    expect(parsed).toEqual({
      ok: true,
      rating: { answers: { '1': { answer: 'agree', note: 'Clear.' }, '6': { answer: 'na' } }, ratedBy: 3, ratedAt: '2026-11-30T22:00:00.000Z' },
    })
  })

  it('accepts nothing as no rating', () => {
    expect(parsePematRating(null)).toEqual({ ok: true, rating: null })
  })

  it.each([
    ['a string', 'agree', /must be an object/],
    ['no answers', {}, /must have “answers”/],
    ['an audiovisual-only item', { answers: { '13': { answer: 'agree' } } }, /no item “13”/],
    ['an unknown answer', { answers: { '1': { answer: 'yes' } } }, /“agree”, “disagree” or “na”/],
    ['N/A where the guide does not allow it', { answers: { '1': { answer: 'na' } } }, /item 1 cannot be N\/A/],
    ['a note that is not text', { answers: { '1': { answer: 'agree', note: 5 } } }, /note must be text/],
    ['an unknown field', { answers: {}, score: 100 }, /unknown fields: score/],
    ['a bad date', { answers: {}, ratedAt: 'yesterday' }, /must be a date/],
  ])('refuses %s with a reason', (_, value, message) => {
    const result = validatePematRating(value)
    expect(result).not.toBe(true)
    expect(result).toMatch(message)
  })
})

describe('samePematAnswers', () => {
  it('ignores key order and compares answers and notes', () => {
    expect(samePematAnswers({ '1': { answer: 'agree' }, '2': { answer: 'disagree' } }, { '2': { answer: 'disagree' }, '1': { answer: 'agree' } })).toBe(true)
    expect(samePematAnswers({ '1': { answer: 'agree' } }, { '1': { answer: 'agree', note: 'why' } })).toBe(false)
    expect(samePematAnswers(undefined, {})).toBe(true)
  })
})
