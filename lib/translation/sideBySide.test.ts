import { describe, expect, it } from 'vitest'

import type { Topic } from '@/payload-types'

import { sideBySideRows } from './sideBySide'
import { topicTextBody } from '../../tests/support/topicTextBody'

type Section = Topic['sections'][number]

const check = (heading: string, prompt: string, options: [string, string], explanation: string) =>
  ({
    id: 'c',
    blockType: 'check',
    heading,
    questions: [
      {
        id: 'q1',
        checksSection: 't',
        kind: 'multiple-choice',
        prompt,
        options: [
          { id: 'o1', text: options[0], correct: true },
          { id: 'o2', text: options[1] },
        ],
        explanation,
      },
    ],
  }) as unknown as Section

const topic = (sections: Section[], title: string) => ({ title, summary: null, mainMessage: null, keywords: [], sections }) as unknown as Topic

describe('the side-by-side review', () => {
  it('shows a section heading the translator left empty as missing, not as the kind’s English default', () => {
    const english = topic(
      [
        { id: 't', blockType: 'text', heading: 'Rest', body: topicTextBody('Rest for a day.') } as Section,
        check('', 'Should you rest?', ['Yes', 'No'], 'Rest helps.'),
      ],
      'Knee care',
    )
    const spanish = topic(
      [
        { id: 't', blockType: 'text', heading: 'Descanso', body: topicTextBody('Descanse un día.') } as Section,
        check('', '¿Debe descansar?', ['Sí', 'No'], 'Descansar ayuda.'),
      ],
      'Cuidado de la rodilla',
    )
    const rows = sideBySideRows(english, spanish)
    const checkRow = rows.find((row) => row.label.startsWith('2.'))!
    expect(checkRow.source[0]).toBe('Check your understanding')
    expect(checkRow.translation).toEqual(['¿Debe descansar?', 'Sí', 'No', 'Descansar ayuda.'])
    expect(rows.find((row) => row.label.startsWith('1.'))!.translation).toEqual(['Descanso', 'Descanse un día.'])
  })
})
