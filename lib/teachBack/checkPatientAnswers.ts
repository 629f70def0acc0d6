import type { CheckQuestion, CheckSectionSnapshot } from '@/blocks/CheckUnderstanding/kind'

/** The form's field names: which "Check your understanding" section, and one radio group per question. */
export const CHECK_SECTION_FIELD = 'section'
export const answerFieldName = (questionId: string): string => `q-${questionId}`

/** What a patient may answer to a question: one of its option ids, or 'true' / 'false'. */
export function offeredAnswers(question: CheckQuestion): string[] {
  return question.kind === 'true-false' ? ['true', 'false'] : question.options.map((option) => option.id)
}

export interface CheckedAnswer {
  question: CheckQuestion
  /** The option id chosen, or 'true' / 'false'. */
  answer: string
  correct: boolean
}

/** Why a posted form is not one the page could have sent: each is a 400 that records nothing. */
export type UnreadableAnswersReason =
  'no-section' | 'unknown-section' | 'unknown-field' | 'unknown-question' | 'option-not-offered' | 'answered-twice' | 'section-twice'

export type CheckedAnswers =
  | { status: 'ok'; section: CheckSectionSnapshot; answers: CheckedAnswer[] }
  /** A real patient's slip: some questions left unanswered. The answers given are kept to show again; nothing is recorded. */
  | { status: 'missing'; section: CheckSectionSnapshot; answers: Map<string, string>; missing: string[] }
  | { status: 'unreadable'; reason: UnreadableAnswersReason; section: CheckSectionSnapshot | null }

/**
 * Reads a posted "Check your understanding" form against the handout's own
 * questions (never against anything the form claims): which section it is,
 * and for each of that section's questions, the one answer offered and
 * whether it is right. All or nothing: any field the page could not have sent
 * makes the whole post unreadable, so a tampered or stale form stores nothing.
 */
export function checkPatientAnswers(fields: ReadonlyArray<readonly [string, string]>, sections: readonly CheckSectionSnapshot[]): CheckedAnswers {
  const sectionIds = fields.filter(([name]) => name === CHECK_SECTION_FIELD).map(([, value]) => value)
  if (sectionIds.length === 0) return { status: 'unreadable', reason: 'no-section', section: null }
  if (sectionIds.length > 1) return { status: 'unreadable', reason: 'section-twice', section: null }
  const section = sections.find((candidate) => candidate.sectionId === sectionIds[0])
  if (!section) return { status: 'unreadable', reason: 'unknown-section', section: null }

  const questionsByField = new Map(section.body.questions.map((question) => [answerFieldName(question.id), question]))
  const answers = new Map<string, string>()
  for (const [name, value] of fields) {
    if (name === CHECK_SECTION_FIELD) continue
    const question = questionsByField.get(name)
    // A question of another section, or none of this handout's.
    if (!question) return { status: 'unreadable', reason: name.startsWith(answerFieldName('')) ? 'unknown-question' : 'unknown-field', section }
    if (answers.has(question.id)) return { status: 'unreadable', reason: 'answered-twice', section }
    if (!offeredAnswers(question).includes(value)) return { status: 'unreadable', reason: 'option-not-offered', section }
    answers.set(question.id, value)
  }

  const missing = section.body.questions.filter((question) => !answers.has(question.id)).map((question) => question.id)
  if (missing.length > 0) return { status: 'missing', section, answers, missing }
  return {
    status: 'ok',
    section,
    answers: section.body.questions.map((question) => {
      const answer = answers.get(question.id)!
      return { question, answer, correct: answer === question.correctAnswer }
    }),
  }
}
