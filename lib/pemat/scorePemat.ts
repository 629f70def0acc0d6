import { PEMAT_P_ITEMS, type PematDomain, type PematItemNumber } from './pematItems'
import type { PematAnswer } from './pematRating'

export interface PematDomainScore {
  /** Points ÷ applicable items × 100, rounded; null when no item of the domain applies or is answered. */
  percent: number | null
  points: number
  applicable: number
}

export type PematScores = Record<PematDomain, PematDomainScore>

/**
 * PEMAT-P scoring (AHRQ User's Guide): Agree = 1, Disagree = 0, N/A leaves the
 * item out; per domain, points ÷ applicable items × 100. Unanswered items are
 * left out too, so a partial rating still shows a figure while it is being
 * filled in (the topic carries a "not finished" flag meanwhile).
 */
export function scorePemat(answerOf: (item: PematItemNumber) => PematAnswer | undefined): PematScores {
  const scores: PematScores = { understandability: { percent: null, points: 0, applicable: 0 }, actionability: { percent: null, points: 0, applicable: 0 } }
  for (const item of PEMAT_P_ITEMS) {
    const answer = answerOf(item.number)
    if (answer === undefined || answer === 'na') continue
    const score = scores[item.domain]
    score.applicable += 1
    if (answer === 'agree') score.points += 1
  }
  for (const score of Object.values(scores)) score.percent = score.applicable === 0 ? null : Math.round((score.points / score.applicable) * 100)
  return scores
}
