import { describe, expect, it } from 'vitest'

import type { Topic } from '@/payload-types'

import { topicTranslationState } from './sectionTranslations'
import { sourceFingerprintsOf } from './sourceFingerprints'
import { topicTextBody } from '../../tests/support/topicTextBody'

const text = (id: string, heading: string, paragraph: string) =>
  ({ id, blockType: 'text', heading, body: topicTextBody(paragraph) }) as Topic['sections'][number]

const english = {
  title: 'Knee care',
  summary: 'About knees.',
  mainMessage: 'Rest your knee.',
  keywords: ['knee'],
  sections: [text('a', 'Rest', 'Rest for a day.'), text('b', 'Ice', 'Use ice.')],
} as unknown as Topic

function spanish(overrides: Partial<Topic> = {}, source: Topic = english): Topic {
  return {
    title: 'Cuidado de la rodilla',
    summary: 'Sobre las rodillas.',
    mainMessage: 'Descanse la rodilla.',
    sections: [text('a', 'Descanso', 'Descanse un día.'), text('b', 'Hielo', 'Use hielo.')],
    translation: { status: 'approved', sourceFingerprints: sourceFingerprintsOf(source) },
    ...overrides,
  } as unknown as Topic
}

describe('which sections a translation covers', () => {
  it('gives every section of an approved translation made from today’s English', () => {
    const state = topicTranslationState({ source: english, translated: spanish() })
    expect(state.usable).toBe(true)
    expect([...state.sections.values()]).toEqual(['translated', 'translated'])
  })

  it('gives nothing of a translation that is not approved', () => {
    const state = topicTranslationState({ source: english, translated: spanish({ translation: { status: 'in-review' } } as Partial<Topic>) })
    expect(state.usable).toBe(false)
    expect([...state.sections.values()]).toEqual(['missing', 'missing'])
  })

  it('calls a section whose English changed out of date, and a section added since missing', () => {
    const changed = {
      ...english,
      sections: [text('a', 'Rest', 'Rest for two days.'), english.sections[1]!, text('c', 'Exercise', 'Bend your knee.')],
    } as Topic
    const state = topicTranslationState({ source: changed, translated: spanish() })
    expect(Object.fromEntries(state.sections)).toEqual({ a: 'outdated', b: 'translated', c: 'missing' })
  })

  it('takes every section out when the title, summary or main message changed', () => {
    const state = topicTranslationState({ source: { ...english, mainMessage: 'Rest and ice your knee.' } as Topic, translated: spanish() })
    expect(state.usable).toBe(false)
    expect([...state.sections.values()]).toEqual(['outdated', 'outdated'])
  })

  it('calls a section with a row left untranslated missing', () => {
    const state = topicTranslationState({ source: english, translated: spanish({ sections: [text('a', 'Descanso', 'Descanse un día.'), text('b', '', '')] }) })
    expect(Object.fromEntries(state.sections)).toEqual({ a: 'translated', b: 'missing' })
  })
})
