import { describe, expect, it } from 'vitest'

import { isTranslatedSection, topicsInLanguage, untranslatedChoices } from './builderLanguage'
import type { BuilderTopic } from './loadBuilderTopics'

const topic: BuilderTopic = {
  id: 1,
  slug: 'knee',
  title: 'Knee care',
  mainMessage: 'Rest your knee.',
  summary: 'About knees.',
  sections: [
    { id: 'a', urgent: false, heading: 'Rest', paragraphs: ['Rest for a day.'] },
    { id: 'b', urgent: true, heading: 'When to get help now', paragraphs: ['Chest pain'] },
    { id: 'c', urgent: false, heading: 'New exercise', paragraphs: ['Bend your knee.'] },
  ],
  translations: {
    es: {
      usable: true,
      title: 'Cuidado de la rodilla',
      mainMessage: 'Descanse la rodilla.',
      summary: 'Sobre las rodillas.',
      sections: {
        a: { state: 'translated', heading: 'Descanso', paragraphs: ['Descanse un día.'] },
        b: { state: 'translated', heading: 'Cuándo pedir ayuda de inmediato', paragraphs: ['Dolor en el pecho'] },
        c: { state: 'outdated', heading: '', paragraphs: [] },
      },
    },
  },
}

describe('the builder in another language', () => {
  it('knows which sections an approved, current translation covers', () => {
    expect(isTranslatedSection(topic, 'a', 'es')).toBe(true)
    expect(isTranslatedSection(topic, 'c', 'es')).toBe(false)
    expect(isTranslatedSection(topic, 'c', 'en')).toBe(true)
  })

  it('asks only about chosen sections without a translation, and never in English', () => {
    const chosen = [
      { topicId: 1, sectionId: 'a' },
      { topicId: 1, sectionId: 'c' },
    ]
    expect(untranslatedChoices(chosen, [topic], 'es')).toEqual([{ topicId: 1, sectionId: 'c' }])
    expect(untranslatedChoices(chosen, [topic], 'en')).toEqual([])
  })

  it('previews the Spanish text, and the untranslated section as chosen: in English and marked, or left out', () => {
    const [english] = topicsInLanguage([topic], 'es', 'english')
    expect(english!.title).toBe('Cuidado de la rodilla')
    expect(english!.mainMessage).toBe('Descanse la rodilla.')
    expect(english!.sections.map((section) => [section.heading, section.inEnglish ?? false])).toEqual([
      ['Descanso', false],
      ['Cuándo pedir ayuda de inmediato', false],
      ['New exercise', true],
    ])
    const [leftOut] = topicsInLanguage([topic], 'es', 'leave-out')
    expect(leftOut!.sections.map((section) => section.id)).toEqual(['a', 'b'])
  })

  it('keeps the English title and main message when the translation is not usable', () => {
    const stale: BuilderTopic = { ...topic, translations: { es: { ...topic.translations!.es!, usable: false, title: null } } }
    expect(topicsInLanguage([stale], 'es', 'english')[0]!.title).toBe('Knee care')
  })
})
