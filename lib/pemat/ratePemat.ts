import type { QualityFlag } from '@/lib/contentQuality/qualityFlags'
import { QUALITY_FLAGS } from '@/lib/contentQuality/qualityFlags'

import { PEMAT_P_ITEMS, PEMAT_THRESHOLD_PERCENT, type PematItemNumber } from './pematItems'
import type { PematAnswer, PematRating } from './pematRating'
import { scorePemat, type PematScores } from './scorePemat'
import type { PematSuggestions } from './suggestPematAnswers'

export interface PematEffectiveAnswer {
  answer: PematAnswer
  /** The reviewer's own answer, or the one the structure suggested. */
  source: 'reviewer' | 'suggested'
  note?: string
  /** The suggestion's reason, kept even when the reviewer overrode it. */
  reason?: string
}

export interface PematResult {
  answers: Partial<Record<PematItemNumber, PematEffectiveAnswer>>
  scores: PematScores
  /** Items with neither a reviewer's answer nor a suggestion: the rating is not finished. */
  unanswered: PematItemNumber[]
}

/** The reviewer's answers over the suggested ones, and the scores they give. */
export function ratePemat({ suggestions, rating }: { suggestions: PematSuggestions; rating: PematRating | null }): PematResult {
  const answers: PematResult['answers'] = {}
  const unanswered: PematItemNumber[] = []
  for (const item of PEMAT_P_ITEMS) {
    const own = rating?.answers[`${item.number}`]
    const suggested = suggestions[item.number]
    if (own)
      answers[item.number] = {
        answer: own.answer,
        source: 'reviewer',
        ...(own.note ? { note: own.note } : {}),
        ...(suggested ? { reason: suggested.reason } : {}),
      }
    else if (suggested) answers[item.number] = { answer: suggested.answer, source: 'suggested', reason: suggested.reason }
    else unanswered.push(item.number)
  }
  return { answers, scores: scorePemat((number) => answers[number]?.answer), unanswered }
}

/**
 * The PEMAT-P quality flags: a rating not finished, and a domain below the
 * threshold. A reviewer accepts them like any other flag, so publishing a
 * material that scores low is a recorded decision, not an accident.
 */
export function pematQualityFlags(result: PematResult): QualityFlag[] {
  const flags: QualityFlag[] = []
  if (result.unanswered.length > 0) {
    flags.push({
      code: 'pemat-incomplete',
      label: QUALITY_FLAGS['pemat-incomplete'],
      details: [`Items ${result.unanswered.join(', ')} need a reviewer’s answer (PEMAT-P tab).`],
    })
  }
  const understandability = result.scores.understandability.percent
  if (understandability !== null && understandability < PEMAT_THRESHOLD_PERCENT) {
    flags.push({
      code: 'pemat-understandability-low',
      label: QUALITY_FLAGS['pemat-understandability-low'],
      details: [`Understandability ${understandability} % (${PEMAT_THRESHOLD_PERCENT} % or more expected).`],
    })
  }
  const actionability = result.scores.actionability.percent
  if (actionability !== null && actionability < PEMAT_THRESHOLD_PERCENT) {
    flags.push({
      code: 'pemat-actionability-low',
      label: QUALITY_FLAGS['pemat-actionability-low'],
      details: [`Actionability ${actionability} % (${PEMAT_THRESHOLD_PERCENT} % or more expected).`],
    })
  }
  return flags
}
