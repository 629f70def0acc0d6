import { describe, expect, it } from 'vitest'

import { MAX_PICKED_TOPICS, parsePickedSlugs } from './pickedTopics'

describe('parsePickedSlugs', () => {
  it('reads one or many ?topic= slugs, each once, in the order ticked', () => {
    expect(parsePickedSlugs(undefined)).toEqual({ slugs: [], dropped: 0 })
    expect(parsePickedSlugs('knee-pain')).toEqual({ slugs: ['knee-pain'], dropped: 0 })
    expect(parsePickedSlugs(['knee-pain', 'back-pain', 'knee-pain'])).toEqual({ slugs: ['knee-pain', 'back-pain'], dropped: 0 })
  })

  it('leaves out what is not a slug', () => {
    expect(parsePickedSlugs(['', ' ', 'Knee Pain', '../etc', '-x', 'a'.repeat(201), 'ok-1'])).toEqual({ slugs: ['ok-1'], dropped: 0 })
  })

  it('keeps the first that fit in one handout and counts the rest', () => {
    const many = Array.from({ length: MAX_PICKED_TOPICS + 3 }, (_, index) => `topic-${index}`)
    const { slugs, dropped } = parsePickedSlugs(many)
    expect(slugs).toEqual(many.slice(0, MAX_PICKED_TOPICS))
    expect(dropped).toBe(3)
  })
})
