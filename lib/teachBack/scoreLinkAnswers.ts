import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

/** One stored answer, as much of it as the score needs. */
export interface StoredAnswer {
  /** Row id: breaks a tie between two answers stored in the same millisecond (the later row is the later attempt). */
  id: number
  questionId: string
  correct: boolean
  createdAt: string
}

/** A section the patient should hear again, named as the handout names it. */
export interface SectionToReteach {
  sectionId: string
  heading: string
}

/** What became of one link's "Check your understanding" questions. */
export interface LinkAnswerScore {
  /** When the patient last answered, or null: not yet answered. */
  answeredAt: string | null
  /** Questions whose latest answer is right. */
  right: number
  /** Questions the patient answered at least once. */
  answered: number
  /** Questions the handout asks. */
  asked: number
  /** The sections the missed questions check, in the handout's order, each once. */
  sectionsToReteach: SectionToReteach[]
}

interface AskedQuestion {
  topicId: number
  checksSection: string
}

/**
 * Scores a link's answers against the handout's snapshot. A patient may try
 * again after reading the explanation (teach-back: re-teach, then check
 * again, AHRQ Tool 5), so only the latest attempt at each question counts.
 * Answers to questions the handout does not ask are ignored.
 */
export function scoreLinkAnswers({ sections, answers }: { sections: HandoutSectionSnapshot[]; answers: StoredAnswer[] }): LinkAnswerScore {
  const asked = new Map<string, AskedQuestion>()
  for (const section of sections) {
    if (section.blockType !== 'check') continue
    for (const question of section.body.questions) asked.set(question.id, { topicId: section.topicId, checksSection: question.checksSection })
  }

  const latest = new Map<string, StoredAnswer>()
  for (const answer of answers) {
    if (!asked.has(answer.questionId)) continue
    const previous = latest.get(answer.questionId)
    if (!previous || isLater(answer, previous)) latest.set(answer.questionId, answer)
  }

  const missedSections = new Map<string, AskedQuestion>()
  let right = 0
  let answeredAt: string | null = null
  for (const [questionId, answer] of latest) {
    if (answer.correct) right += 1
    else {
      const question = asked.get(questionId)!
      missedSections.set(sectionKey(question.topicId, question.checksSection), question)
    }
    if (answeredAt === null || Date.parse(answer.createdAt) > Date.parse(answeredAt)) answeredAt = answer.createdAt
  }

  return { answeredAt, right, answered: latest.size, asked: asked.size, sectionsToReteach: sectionsToReteach(sections, missedSections) }
}

function isLater(answer: StoredAnswer, than: StoredAnswer): boolean {
  const difference = Date.parse(answer.createdAt) - Date.parse(than.createdAt)
  return difference > 0 || (difference === 0 && answer.id > than.id)
}

/** Block ids are unique within a topic; a handout may combine topics. */
function sectionKey(topicId: number, sectionId: string): string {
  return `${topicId}:${sectionId}`
}

function sectionsToReteach(sections: HandoutSectionSnapshot[], missed: Map<string, AskedQuestion>): SectionToReteach[] {
  const found = new Set<string>()
  const inHandout = sections.flatMap((section) => {
    const key = sectionKey(section.topicId, section.sectionId)
    if (!missed.has(key) || found.has(key)) return []
    found.add(key)
    return [{ sectionId: section.sectionId, heading: section.heading }]
  })
  // The clinician may have left the checked section out of this handout: it still needs re-teaching, from the topic.
  const leftOut = [...missed]
    .filter(([key]) => !found.has(key))
    .map(([, { topicId, checksSection }]) => {
      const topicTitle = sections.find((section) => section.topicId === topicId)?.topicTitle ?? 'its topic'
      return { sectionId: checksSection, heading: `A part of “${topicTitle}” not in this handout` }
    })
  return [...inHandout, ...leftOut]
}
