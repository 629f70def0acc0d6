import { describe, expect, it } from 'vitest'

import { builderUrl, type CardTopic, cdsHooksCards } from './cdsHooksCards'

const topic = (slug: string, title: string, extra: Partial<CardTopic> = {}): CardTopic => ({
  slug,
  title,
  summary: 'A short guide.',
  requested: { system: 'icd10cm', code: 'M54.61' },
  matched: { system: 'icd10cm', code: 'M54.6' },
  inPatientLanguage: true,
  ...extra,
})

describe('cdsHooksCards', () => {
  it('gives one info card per topic, the clinic as source, and links to the builder with the topic, and with all of them', () => {
    const cards = cdsHooksCards({
      topics: [
        topic('back', 'Upper back pain'),
        topic('knee', 'Knee pain', { requested: { system: 'snomedct', code: '30989003' }, matched: { system: 'snomedct', code: '30989003' } }),
      ],
      language: 'en',
      clinicName: 'Riverside Clinic',
      baseUrl: 'https://care.example/',
    })
    expect(cards).toHaveLength(2)
    expect(cards[0]).toMatchObject({
      summary: 'Patient education available: Upper back pain',
      indicator: 'info',
      source: { label: 'Riverside Clinic', url: 'https://care.example/library' },
      links: [
        { label: 'Make a handout: Upper back pain', url: 'https://care.example/handouts/new?topic=back', type: 'absolute' },
        { label: 'Make one handout with all 2 topics', url: 'https://care.example/handouts/new?topic=back&topic=knee', type: 'absolute' },
      ],
    })
    expect(cards[0]!.detail).toContain('For ICD-10-CM M54.61 on the problem list (this topic is coded M54.6).')
    expect(cards[1]!.detail).toContain('For SNOMED CT 30989003 on the problem list.')
    expect(cards[0]!.uuid).not.toBe(cards[1]!.uuid)
  })

  it('shows at most three cards, and a single topic has no “all topics” link', () => {
    const four = ['a', 'b', 'c', 'd'].map((slug) => topic(slug, slug.toUpperCase()))
    const cards = cdsHooksCards({ topics: four, language: 'en', clinicName: 'C', baseUrl: 'https://care.example' })
    expect(cards.map((card) => card.summary)).toEqual(['A', 'B', 'C'].map((title) => `Patient education available: ${title}`))
    expect(cards[0]!.links[1]!.url).toBe('https://care.example/handouts/new?topic=a&topic=b&topic=c')
    expect(cdsHooksCards({ topics: four.slice(0, 1), language: 'en', clinicName: 'C', baseUrl: 'https://care.example' })[0]!.links).toHaveLength(1)
  })

  it('opens the builder in the patient’s language and says whether the topic has an approved translation', () => {
    const [translated, untranslated] = cdsHooksCards({
      topics: [topic('back', 'Upper back pain'), topic('knee', 'Knee pain', { inPatientLanguage: false })],
      language: 'es',
      clinicName: 'C',
      baseUrl: 'https://care.example',
    })
    expect(translated!.links[0]).toEqual({
      label: 'Make a handout: Upper back pain (Spanish)',
      url: 'https://care.example/handouts/new?topic=back&language=es',
      type: 'absolute',
    })
    expect(translated!.detail).toContain('an approved Spanish translation is ready')
    expect(untranslated!.detail).toContain('no approved Spanish translation yet')
  })

  it('keeps the summary within 140 characters and the title’s markdown inert', () => {
    const [card] = cdsHooksCards({
      topics: [topic('long', `[Click](https://evil.example) ${'x'.repeat(200)}`)],
      language: 'en',
      clinicName: 'C',
      baseUrl: 'https://care.example',
    })
    expect(card!.summary.length).toBeLessThanOrEqual(140)
    expect(card!.detail).toContain('\\[Click\\](https://evil.example)')
  })
})

describe('builderUrl', () => {
  it('repeats topic and leaves English out', () => {
    expect(builderUrl({ baseUrl: 'http://127.0.0.1:3000/', slugs: ['a', 'b c'], language: 'en' })).toBe('http://127.0.0.1:3000/handouts/new?topic=a&topic=b+c')
  })
})
