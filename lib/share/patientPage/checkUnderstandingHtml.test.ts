import { describe, expect, it } from 'vitest'

import type { CheckSectionSnapshot } from '@/blocks/CheckUnderstanding/kind'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

import { checkUnderstandingHtml } from './checkUnderstandingHtml'

const posture = {
  topicId: 7,
  topicTitle: 'Back pain',
  sectionId: 'posture',
  blockType: 'tips',
  heading: 'Sleep <well>',
  body: { do: ['Use a pillow'], dont: [] },
} as HandoutSectionSnapshot
const check: CheckSectionSnapshot = {
  topicId: 7,
  topicTitle: 'Back pain',
  sectionId: 'chk',
  blockType: 'check',
  heading: 'Check your understanding',
  body: {
    questions: [
      {
        id: 'q1',
        checksSection: 'posture',
        kind: 'multiple-choice',
        prompt: 'Where does the <pillow> go?',
        options: [
          { id: 'o1', text: 'Between the knees' },
          { id: 'o2', text: 'Under the feet' },
        ],
        correctAnswer: 'o1',
        explanation: 'Between the knees keeps your spine straight.',
      },
      { id: 'q2', checksSection: 'gone', kind: 'true-false', prompt: 'Chest pain can wait.', options: [], correctAnswer: 'false', explanation: 'Call 911.' },
    ],
  },
}
const token = 'T'.repeat(43)
const render = (feedback: Parameters<typeof checkUnderstandingHtml>[0]['feedback'] = null, locale: 'en' | 'es' = 'en', sections = [posture, check]) =>
  checkUnderstandingHtml({ token, sections, feedback, locale }).value

describe('checkUnderstandingHtml', () => {
  it('is nothing for a handout without questions', () => {
    expect(render(null, 'en', [posture])).toBe('')
  })

  it('asks each question in a fieldset with its legend and radio buttons, in a form that posts to the answers route', () => {
    const page = render()
    expect(page).toContain(`<form id="check-chk" class="check-form" method="post" action="/p/${token}/answers">`)
    expect(page).toContain('<input type="hidden" name="section" value="chk">')
    expect(page).toContain('<legend><span class="check-number">Question 1:</span> <span>Where does the &lt;pillow&gt; go?</span></legend>')
    expect(page).toContain('<input type="radio" id="q-q1-o1" name="q-q1" value="o1"><label for="q-q1-o1">Between the knees</label>')
    expect(page).toContain('<input type="radio" id="q-q2-true" name="q-q2" value="true"><label for="q-q2-true">True</label>')
    // Nothing said about answers before the patient gives any.
    expect(page).not.toContain('autofocus')
    expect(page).not.toContain('Between the knees keeps')
  })

  it('after answering: focuses the result, explains each answer, and links a wrong one back to the section it checks', () => {
    const page = render({
      kind: 'answered',
      sectionId: 'chk',
      answers: new Map([
        ['q1', 'o2'],
        ['q2', 'false'],
      ]),
    })
    expect(page).toContain('<div id="check-chk-message" class="check-result" tabindex="-1" autofocus><p><strong>You got 1 of 2 right.</strong>')
    expect(page).toContain('id="q-q1-o2" name="q-q1" value="o2" checked>')
    expect(page).toContain('<fieldset id="q-q1" class="check-question" aria-describedby="q-q1-feedback">')
    expect(page).toContain(
      '<div id="q-q1-feedback" class="check-feedback check-feedback--wrong"><p><strong>Not quite.</strong> <span>Between the knees keeps your spine straight.</span></p><p>Read the part <a href="#s-posture">Sleep &lt;well&gt;</a> again, then choose another answer and check again.</p></div>',
    )
    expect(page).toContain('<div id="q-q2-feedback" class="check-feedback check-feedback--right"><p><strong>Right.</strong> <span>Call 911.</span></p></div>')
  })

  it('points a wrong answer to the care team when the section it checks is not in the handout', () => {
    const page = render({
      kind: 'answered',
      sectionId: 'chk',
      answers: new Map([
        ['q1', 'o1'],
        ['q2', 'true'],
      ]),
    })
    expect(page).toContain('<strong>Not quite.</strong> <span>Call 911.</span></p><p>If this is not clear, ask your care team to explain it again.</p>')
  })

  it('announces unanswered questions in a focused error summary linked to each, keeping the answers given', () => {
    const page = render({ kind: 'missing', sectionId: 'chk', answers: new Map([['q2', 'true']]), missing: ['q1'] })
    expect(page).toContain('<div id="check-chk-message" class="error-summary" role="alert" tabindex="-1" autofocus>')
    expect(page).toContain('<li><a href="#q-q1-o1">Choose an answer to question 1.</a></li>')
    expect(page).toContain('<fieldset id="q-q1" class="check-question" aria-describedby="q-q1-error">')
    expect(page).toContain('name="q-q1" value="o1" aria-invalid="true">')
    expect(page).toContain('name="q-q2" value="true" checked>')
    expect(page).not.toContain('check-feedback')
  })

  it('speaks the handout’s language, and marks a section given in another', () => {
    const spanish = render(
      {
        kind: 'answered',
        sectionId: 'chk',
        answers: new Map([
          ['q1', 'o2'],
          ['q2', 'false'],
        ]),
      },
      'es',
    )
    expect(spanish).toContain('<h2 id="check-heading">Compruebe lo que entendió</h2>')
    expect(spanish).toContain('Acertó 1 de 2.')
    expect(spanish).toContain('<label for="q-q2-false">Falso</label>')
    expect(spanish).toContain('<button type="submit">Revisar mis respuestas</button>')
    const english = render(null, 'es', [posture, { ...check, locale: 'en' }])
    expect(english).toContain('<span lang="en-US" dir="ltr">Where does the &lt;pillow&gt; go?</span>')
    expect(english).toContain('<label for="q-q2-true">Verdadero</label>')
  })
})
