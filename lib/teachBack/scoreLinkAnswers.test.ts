import { describe, expect, it } from 'vitest'

import type { CheckQuestion } from '@/blocks/CheckUnderstanding/kind'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

import { scoreLinkAnswers, type StoredAnswer } from './scoreLinkAnswers'

const base = { topicId: 7, topicTitle: 'Back pain' }

function question(id: string, checksSection: string): CheckQuestion {
  return { id, checksSection, kind: 'true-false', prompt: `Question ${id}`, options: [], correctAnswer: 'true', explanation: 'Because.' }
}

const sections = [
  { ...base, sectionId: 'posture', heading: 'How to lie in bed', blockType: 'text', body: { paragraphs: [] } },
  { ...base, sectionId: 'warning', heading: 'When to get help now', blockType: 'text', body: { paragraphs: [] } },
  {
    ...base,
    sectionId: 'check',
    heading: 'Check your understanding',
    blockType: 'check',
    body: { questions: [question('q1', 'posture'), question('q2', 'warning'), question('q3', 'warning')] },
  },
] as unknown as HandoutSectionSnapshot[]

let nextId = 1
const answer = (questionId: string, correct: boolean, createdAt: string): StoredAnswer => ({ id: nextId++, questionId, correct, createdAt })

describe('scoreLinkAnswers', () => {
  it('says "not yet answered" (no date) when the link has no answers, and counts the questions asked', () => {
    expect(scoreLinkAnswers({ sections, answers: [] })).toEqual({ answeredAt: null, right: 0, answered: 0, asked: 3, sectionsToReteach: [] })
  })

  it('scores the latest attempt per question and names the sections the missed ones check, each once', () => {
    const score = scoreLinkAnswers({
      sections,
      answers: [
        answer('q1', false, '2026-11-30T10:00:00.000Z'),
        answer('q1', true, '2026-11-30T10:05:00.000Z'),
        answer('q2', true, '2026-11-30T10:01:00.000Z'),
        answer('q2', false, '2026-11-30T10:02:00.000Z'),
      ],
    })
    expect(score).toEqual({
      answeredAt: '2026-11-30T10:05:00.000Z',
      right: 1,
      answered: 2,
      asked: 3,
      sectionsToReteach: [{ sectionId: 'warning', heading: 'When to get help now' }],
    })
  })

  it('takes the later row when two attempts share a timestamp, and ignores questions the handout does not ask', () => {
    const at = '2026-11-30T10:00:00.000Z'
    const score = scoreLinkAnswers({ sections, answers: [answer('q3', true, at), answer('q3', false, at), answer('elsewhere', true, at)] })
    expect(score.right).toBe(0)
    expect(score.answered).toBe(1)
    expect(score.sectionsToReteach.map((section) => section.heading)).toEqual(['When to get help now'])
  })

  it('still names a missed section the clinician left out of the handout, by its topic', () => {
    const withoutWarning = sections.filter((section) => section.sectionId !== 'warning')
    const score = scoreLinkAnswers({ sections: withoutWarning, answers: [answer('q2', false, '2026-11-30T10:00:00.000Z')] })
    expect(score.sectionsToReteach).toEqual([{ sectionId: 'warning', heading: 'A part of “Back pain” not in this handout' }])
  })
})
