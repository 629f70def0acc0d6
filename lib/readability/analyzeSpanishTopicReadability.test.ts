import { describe, expect, it } from 'vitest'

import type { TopicSection } from '@/blocks'
import { paragraphsToRichText } from '@/lib/content/lexical'

import { analyzeSpanishReadability } from './analyzeSpanishReadability'
import { analyzeSpanishTopicReadability } from './analyzeSpanishTopicReadability'
import { DEFAULT_SPANISH_READABILITY_TARGET } from './spanishReadabilityTarget'

function text(id: string, heading: string, ...paragraphs: string[]): TopicSection {
  return { id, blockType: 'text', heading, body: paragraphsToRichText(paragraphs) as unknown as Extract<TopicSection, { blockType: 'text' }>['body'] }
}

// Figures worked by hand in analyzeSpanishReadability.test.ts.
const PILL = 'Tome la pastilla con agua. No la tome con el estómago vacío.'
const BACK_PAIN = 'El dolor de espalda mejora en pocas semanas. Mantenga una actividad moderada y evite el reposo prolongado en la cama.'

describe('analyzeSpanishTopicReadability', () => {
  const sections: TopicSection[] = [
    text('s1', 'Medicamentos', PILL),
    {
      id: 's2',
      blockType: 'tips',
      heading: 'Consejos',
      do: [{ text: 'El dolor de espalda mejora en pocas semanas.' }],
      dont: [{ text: 'Mantenga una actividad moderada y evite el reposo prolongado en la cama.' }],
    },
  ]

  it('scores each section on its own, headings left out', () => {
    const { sections: bySection } = analyzeSpanishTopicReadability({ sections })
    expect(bySection).toEqual([
      {
        sectionId: 's1',
        heading: 'Medicamentos',
        blockType: 'text',
        fernandezHuerta: 90.7,
        szigrisztPazos: 86.6,
        infleszBand: { code: 'very-easy', label: 'very easy', labelEs: 'muy fácil' },
        words: 12,
        sentences: 2,
        longSentences: [],
      },
      expect.objectContaining({
        sectionId: 's2',
        heading: 'Consejos',
        blockType: 'tips',
        fernandezHuerta: 61.6,
        szigrisztPazos: 56.7,
        words: 20,
        sentences: 2,
      }),
    ])
  })

  it('scores the whole topic with its summary, as one text', () => {
    const summary = 'Casi siempre mejora.' // Ca-si(2) siem-pre(2) me-jo-ra(3): 3 words, 7 syllables
    const topic = analyzeSpanishTopicReadability({ summary, sections })
    expect(topic).toMatchObject({ ...analyzeSpanishReadability([summary, PILL, BACK_PAIN]), target: DEFAULT_SPANISH_READABILITY_TARGET })
    // 35 words, 74 syllables, 5 sentences: Szigriszt-Pazos 206.835 − 62.3 × 74/35 − 7 = 68.116.
    expect(topic).toMatchObject({ words: 35, syllables: 74, sentences: 5, szigrisztPazos: 68.1 })
  })

  it('carries the clinic target and lists at most three long sentences a section', () => {
    const longSentence =
      'Si el dolor de espalda no mejora con el reposo y los analgésicos habituales, pida una cita con su médico de familia para que le explore.'
    const topic = analyzeSpanishTopicReadability({ sections: [text('s1', 'Cuándo consultar', ...Array.from({ length: 4 }, () => longSentence))], target: 55 })
    expect(topic.target).toBe(55)
    expect(topic.longSentences).toHaveLength(4)
    expect(topic.sections[0]!.longSentences).toHaveLength(3)
  })

  it('copes with a topic without text', () => {
    expect(analyzeSpanishTopicReadability({ summary: null, sections: [] })).toMatchObject({ words: 0, szigrisztPazos: null, sections: [] })
  })
})
