import type { SnapshotBase } from '@/lib/handouts/snapshotParts'
import { isRecord } from '@/lib/handouts/storedSnapshotValues'

import type { SectionKind, TopicBlock } from '../sectionKind'
import { CHECK_DEFAULT_HEADING, CheckUnderstandingBlock } from './config'

/** One question as a handout keeps it: what the patient is asked, what counts as right, and what they read afterwards. */
export interface CheckQuestion {
  /** The question's row id in the topic: answers are stored against it. */
  id: string
  /** Block id of the section it checks (the one to re-teach when it is missed). */
  checksSection: string
  kind: 'multiple-choice' | 'true-false'
  prompt: string
  /** Multiple choice: the options, with their row ids. True/false: none. */
  options: Array<{ id: string; text: string }>
  /** An option id, or 'true' / 'false'. */
  correctAnswer: string
  explanation: string
}

export interface CheckSectionSnapshot extends SnapshotBase {
  blockType: 'check'
  body: { questions: CheckQuestion[] }
}

/** The complete questions of a section: a question missing its text, options or right answer is left out, not shown half-made. */
export function questionsOf(section: TopicBlock<'check'>): CheckQuestion[] {
  return (section.questions ?? []).flatMap((question): CheckQuestion[] => {
    const prompt = (question.prompt ?? '').trim()
    const explanation = (question.explanation ?? '').trim()
    if (!question.id || !prompt || !explanation || !question.checksSection) return []
    if (question.kind === 'true-false') {
      if (question.trueFalseAnswer !== 'true' && question.trueFalseAnswer !== 'false') return []
      return [
        {
          id: question.id,
          checksSection: question.checksSection,
          kind: 'true-false',
          prompt,
          options: [],
          correctAnswer: question.trueFalseAnswer,
          explanation,
        },
      ]
    }
    const options = (question.options ?? []).flatMap((option) =>
      option.id && option.text?.trim() ? [{ id: option.id, text: option.text.trim(), correct: option.correct === true }] : [],
    )
    const correct = options.filter((option) => option.correct)
    if (options.length < 2 || correct.length !== 1) return []
    return [
      {
        id: question.id,
        checksSection: question.checksSection,
        kind: 'multiple-choice',
        prompt,
        options: options.map(({ id, text }) => ({ id, text })),
        correctAnswer: correct[0]!.id,
        explanation,
      },
    ]
  })
}

function storedQuestion(value: unknown): CheckQuestion | null {
  if (!isRecord(value)) return null
  const { id, checksSection, kind, prompt, options, correctAnswer, explanation } = value
  if (
    typeof id !== 'string' ||
    typeof checksSection !== 'string' ||
    typeof prompt !== 'string' ||
    typeof correctAnswer !== 'string' ||
    typeof explanation !== 'string'
  ) {
    return null
  }
  if (kind !== 'multiple-choice' && kind !== 'true-false') return null
  if (!Array.isArray(options)) return null
  const parsed = options.map((option) =>
    isRecord(option) && typeof option.id === 'string' && typeof option.text === 'string' ? { id: option.id, text: option.text } : null,
  )
  if (parsed.some((option) => option === null)) return null
  return { id, checksSection, kind, prompt, options: parsed as CheckQuestion['options'], correctAnswer, explanation }
}

/** Teach-back questions: their words count in readability; the patient answers them on the shared page. */
export const checkKind: SectionKind<'check', CheckSectionSnapshot> = {
  config: CheckUnderstandingBlock,
  label: 'Check your understanding',
  heading: (section) => section.heading || CHECK_DEFAULT_HEADING,
  writtenHeading: (section) => section.heading ?? '',
  // Questions check understanding; they ask for no action.
  pemat: { action: false, instructions: false, steps: false, tool: false, cue: null },
  plainText: (section) => questionsOf(section).flatMap((question) => [question.prompt, ...question.options.map((option) => option.text), question.explanation]),
  snapshot: (section, base) => ({ ...base, blockType: 'check', body: { questions: questionsOf(section) } }),
  parseSnapshot: (body, base) => {
    if (!isRecord(body) || !Array.isArray(body.questions)) return null
    const questions = body.questions.map(storedQuestion)
    return questions.every((question): question is CheckQuestion => question !== null) ? { ...base, blockType: 'check', body: { questions } } : null
  },
}
