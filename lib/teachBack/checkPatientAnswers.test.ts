import { describe, expect, it } from 'vitest'

import type { CheckSectionSnapshot } from '@/blocks/CheckUnderstanding/kind'

import { checkPatientAnswers } from './checkPatientAnswers'

const posture: CheckSectionSnapshot = {
  topicId: 7,
  topicTitle: 'Back pain',
  sectionId: 'check-a',
  blockType: 'check',
  heading: 'Check your understanding',
  body: {
    questions: [
      {
        id: 'q1',
        checksSection: 'posture',
        kind: 'multiple-choice',
        prompt: 'Where do you put the pillow?',
        options: [
          { id: 'o1', text: 'Between the knees' },
          { id: 'o2', text: 'Under the feet' },
        ],
        correctAnswer: 'o1',
        explanation: 'Between the knees keeps the spine straight.',
      },
      { id: 'q2', checksSection: 'warning', kind: 'true-false', prompt: 'Chest pain can wait.', options: [], correctAnswer: 'false', explanation: 'Call 911.' },
    ],
  },
}
const other: CheckSectionSnapshot = {
  ...posture,
  sectionId: 'check-b',
  body: { questions: [{ ...posture.body.questions[1]!, id: 'q9' }] },
}
const sections = [posture, other]
const post = (...fields: Array<[string, string]>) => checkPatientAnswers(fields, sections)

describe('checkPatientAnswers', () => {
  it('reads each question’s one answer against the handout’s own right answer', () => {
    const checked = post(['section', 'check-a'], ['q-q1', 'o2'], ['q-q2', 'false'])
    expect(checked.status).toBe('ok')
    if (checked.status !== 'ok') return
    expect(checked.section).toBe(posture)
    expect(checked.answers.map(({ question, answer, correct }) => [question.id, answer, correct])).toEqual([
      ['q1', 'o2', false],
      ['q2', 'false', true],
    ])
  })

  it('keeps the answers given and names the questions left out', () => {
    const checked = post(['section', 'check-a'], ['q-q2', 'true'])
    expect(checked).toMatchObject({ status: 'missing', section: posture, missing: ['q1'] })
    if (checked.status === 'missing') expect([...checked.answers]).toEqual([['q2', 'true']])
    expect(post(['section', 'check-a'])).toMatchObject({ status: 'missing', missing: ['q1', 'q2'] })
  })

  it.each([
    ['no section', [['q-q1', 'o1']], 'no-section'],
    [
      'two sections',
      [
        ['section', 'check-a'],
        ['section', 'check-b'],
      ],
      'section-twice',
    ],
    [
      'a section not in the handout',
      [
        ['section', 'elsewhere'],
        ['q-q1', 'o1'],
      ],
      'unknown-section',
    ],
    [
      'a question not in the handout',
      [
        ['section', 'check-a'],
        ['q-q1', 'o1'],
        ['q-q2', 'true'],
        ['q-nope', 'o1'],
      ],
      'unknown-question',
    ],
    [
      'another section’s question',
      [
        ['section', 'check-a'],
        ['q-q1', 'o1'],
        ['q-q2', 'true'],
        ['q-q9', 'true'],
      ],
      'unknown-question',
    ],
    [
      'an option not offered',
      [
        ['section', 'check-a'],
        ['q-q1', 'o9'],
        ['q-q2', 'true'],
      ],
      'option-not-offered',
    ],
    [
      'another question’s option',
      [
        ['section', 'check-a'],
        ['q-q1', 'true'],
        ['q-q2', 'true'],
      ],
      'option-not-offered',
    ],
    [
      'an empty answer',
      [
        ['section', 'check-a'],
        ['q-q1', ''],
        ['q-q2', 'true'],
      ],
      'option-not-offered',
    ],
    [
      'a question answered twice',
      [
        ['section', 'check-a'],
        ['q-q1', 'o1'],
        ['q-q1', 'o1'],
        ['q-q2', 'true'],
      ],
      'answered-twice',
    ],
    [
      'a field the form has not',
      [
        ['section', 'check-a'],
        ['q-q1', 'o1'],
        ['q-q2', 'true'],
        ['name', 'Pat'],
      ],
      'unknown-field',
    ],
  ] as Array<[string, Array<[string, string]>, string]>)('refuses %s, whole', (_, fields, reason) => {
    expect(post(...fields)).toMatchObject({ status: 'unreadable', reason })
  })
})
