import { describe, expect, it } from 'vitest'

import type { PematItemNumber } from './pematItems'
import type { PematAnswer } from './pematRating'
import { scorePemat } from './scorePemat'

function answers(map: Partial<Record<PematItemNumber, PematAnswer>>) {
  return (item: PematItemNumber) => map[item]
}

describe('scorePemat', () => {
  it('counts Agree as 1 and Disagree as 0, per domain, rounded', () => {
    const scores = scorePemat(answers({ 1: 'agree', 2: 'agree', 3: 'disagree', 20: 'agree', 21: 'disagree', 22: 'disagree' }))
    expect(scores.understandability).toEqual({ percent: 67, points: 2, applicable: 3 })
    expect(scores.actionability).toEqual({ percent: 33, points: 1, applicable: 3 })
  })

  it('leaves N/A and unanswered items out of the denominator', () => {
    const scores = scorePemat(answers({ 1: 'agree', 6: 'na', 19: 'na', 24: 'na', 20: 'agree' }))
    expect(scores.understandability).toEqual({ percent: 100, points: 1, applicable: 1 })
    expect(scores.actionability).toEqual({ percent: 100, points: 1, applicable: 1 })
  })

  it('has no figure for a domain with nothing applicable', () => {
    expect(scorePemat(answers({ 24: 'na', 25: 'na' })).actionability.percent).toBeNull()
  })
})
