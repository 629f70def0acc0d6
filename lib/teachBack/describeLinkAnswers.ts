import type { LinkAnswerScore } from './scoreLinkAnswers'

export interface LinkAnswerDescription {
  /** "Not yet answered", "Answered on Nov 30, 2026", or that the handout asks nothing. */
  status: string
  /** "1 of 3 right (1 not answered)", once the patient answered. */
  score: string | null
  /** Headings of the sections to go over again with the patient. */
  reteach: string[]
}

/** How the handout page words a link's answers for the clinician. */
export function describeLinkAnswers(score: LinkAnswerScore, formatDate: (iso: string) => string): LinkAnswerDescription {
  if (score.asked === 0) return { status: 'No questions in this handout', score: null, reteach: [] }
  if (score.answeredAt === null) return { status: 'Not yet answered', score: null, reteach: [] }
  const unanswered = score.asked - score.answered
  return {
    status: `Answered on ${formatDate(score.answeredAt)}`,
    score: `${score.right} of ${score.asked} right${unanswered > 0 ? ` (${unanswered} not answered)` : ''}`,
    reteach: score.sectionsToReteach.map((section) => section.heading),
  }
}
