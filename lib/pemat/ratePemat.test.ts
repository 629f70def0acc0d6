import { describe, expect, it } from 'vitest'

import { pematQualityFlags, ratePemat } from './ratePemat'
import type { PematSuggestions } from './suggestPematAnswers'

const suggestions: PematSuggestions = {
  5: { answer: 'agree', reason: 'No passive sentences found.' },
  20: { answer: 'disagree', reason: 'No warning signs, tips, exercise or plan section tells the reader what to do.' },
}

describe('ratePemat', () => {
  it('puts the reviewer’s answer over the suggestion, keeping the suggestion’s reason', () => {
    const result = ratePemat({ suggestions, rating: { answers: { '20': { answer: 'agree', note: 'The text says to rest.' } } } })
    expect(result.answers[20]).toEqual({ answer: 'agree', source: 'reviewer', note: 'The text says to rest.', reason: suggestions[20]!.reason })
    expect(result.answers[5]).toEqual({ answer: 'agree', source: 'suggested', reason: 'No passive sentences found.' })
    expect(result.unanswered).toContain(1)
    expect(result.unanswered).not.toContain(5)
  })

  it('flags an unfinished rating, naming the items, and each domain below 70 %', () => {
    const flags = pematQualityFlags(ratePemat({ suggestions, rating: null }))
    expect(flags.map((flag) => flag.code)).toEqual(['pemat-incomplete', 'pemat-actionability-low'])
    expect(flags[0]!.details[0]).toMatch(/^Items 1, 2, 3, 4, 6/)
  })

  it('raises nothing for a finished rating at 70 % or more', () => {
    const answers = Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26].map((item) => [
        `${item}`,
        { answer: item === 12 ? 'disagree' : 'agree' },
      ]),
    )
    const result = ratePemat({ suggestions: {}, rating: { answers } })
    expect(result.scores.understandability.percent).toBe(94)
    expect(pematQualityFlags(result)).toEqual([])
  })
})
