import { describe, expect, it } from 'vitest'

import type { TopicSection } from '@/blocks'
import { paragraphsToRichText } from '@/lib/content/lexical'

import { checkTopicQuality, type TopicQualityInput } from './checkTopicQuality'

/** The paragraph of the imported article that advertises a drug and a seller (content/upper-back-pain-during-sleep.source.txt). */
const ORIGINAL_SEED_PARAGRAPH =
  'Upper back pain during sleep may also be a side effect of some medications. Muscle spasms and pain can be effectively alleviated by the use of muscle relaxants, notably Pain O Soma 350 and Pain O Soma 500. These medications can be obtained from Medicationplace.'

function text(heading: string, ...paragraphs: string[]): TopicSection {
  return { blockType: 'text', heading, body: paragraphsToRichText(paragraphs) as unknown as Extract<TopicSection, { blockType: 'text' }>['body'] }
}

const warningSigns: TopicSection = { blockType: 'warningSigns', heading: 'When to get help now', signs: [{ text: 'Chest pain', tier: 'emergency' }] }

function input(overrides: Partial<TopicQualityInput>): TopicQualityInput {
  return {
    summary: 'Back pain at night is common.',
    sections: [text('Sleep', 'Sleep on your back.'), warningSigns],
    sources: [{ citation: 'NHS. Back pain.', url: 'https://www.nhs.uk/conditions/back-pain/' }],
    readingGrade: 5,
    readingGradeTarget: 8,
    mediaAltById: new Map(),
    ...overrides,
  }
}

function codes(flags: ReturnType<typeof checkTopicQuality>) {
  return flags.map((flag) => flag.code)
}

describe('checkTopicQuality', () => {
  it('raises nothing for a sourced, plain topic with warning signs', () => {
    expect(checkTopicQuality(input({}))).toEqual([])
  })

  it('flags the original seed paragraph as promotional, naming the brand and the seller', () => {
    const flags = checkTopicQuality(input({ sections: [text('Medications', ORIGINAL_SEED_PARAGRAPH), warningSigns] }))
    expect(codes(flags)).toEqual(['promotional'])
    const details = flags[0]!.details.join('\n')
    expect(details).toContain('Pain O Soma 350')
    expect(details).toContain('Medicationplace')
  })

  it('does not flag ordinary advice about buying a pillow', () => {
    expect(checkTopicQuality(input({ sections: [text('Bedding', 'Buy a firm mattress and a supportive pillow.'), warningSigns] }))).toEqual([])
  })

  it('flags a topic without sources, and a source without a citation does not count', () => {
    expect(codes(checkTopicQuality(input({ sources: [] })))).toEqual(['no-sources'])
    expect(codes(checkTopicQuality(input({ sources: [{ citation: '  ', url: 'https://example.org' }] })))).toEqual(['no-sources'])
  })

  it('flags a topic with no "when to get help" section, but accepts a text section headed that way', () => {
    expect(codes(checkTopicQuality(input({ sections: [text('Sleep', 'Sleep on your back.')] })))).toEqual(['no-warning-signs'])
    expect(checkTopicQuality(input({ sections: [text('When to seek help', 'Call 911 if you have chest pain.')] }))).toEqual([])
  })

  it('flags an image whose media item has no alt text or no longer exists', () => {
    const media: TopicSection = { blockType: 'media', image: 7, caption: 'Rolled towel under the knees' }
    expect(codes(checkTopicQuality(input({ sections: [media, warningSigns], mediaAltById: new Map([[7, 'A rolled towel under the knees']]) })))).toEqual([])
    expect(codes(checkTopicQuality(input({ sections: [media, warningSigns], mediaAltById: new Map([[7, ' ']]) })))).toEqual(['missing-alt-text'])
    expect(codes(checkTopicQuality(input({ sections: [media, warningSigns], mediaAltById: new Map() })))).toEqual(['missing-alt-text'])
  })

  it('flags a warning sign without an urgency level, naming it', () => {
    const untiered: TopicSection = {
      blockType: 'warningSigns',
      heading: 'When to get help now',
      signs: [{ text: 'Chest pain', tier: 'emergency' }, { text: 'A fever' }],
    }
    const flags = checkTopicQuality(input({ sections: [text('Sleep', 'Sleep on your back.'), untiered] }))
    expect(codes(flags)).toEqual(['untiered-warning-signs'])
    expect(flags[0]!.details).toEqual(['When to get help now: “A fever” needs “What to do” (911, today, or watch).'])
  })

  it('flags one section above the target in a topic that reads below it, but not a section too short to grade', () => {
    const sectionReadability = [
      { heading: 'Easy', fleschKincaidGrade: 4, words: 120 },
      { heading: 'Hard', fleschKincaidGrade: 18.6, words: 60 },
      { heading: 'Short', fleschKincaidGrade: 14, words: 12 },
    ]
    const flags = checkTopicQuality(input({ readingGrade: 7.5, sectionReadability }))
    expect(codes(flags)).toEqual(['section-grade-above-target'])
    expect(flags[0]!.details).toEqual(['Hard: reading grade 18.6 (target 8 or lower).'])
  })

  it('flags against the clinic’s own target', () => {
    expect(codes(checkTopicQuality(input({ readingGrade: 6.5, readingGradeTarget: 6 })))).toEqual(['grade-above-target'])
    expect(checkTopicQuality(input({ readingGrade: 6.5, readingGradeTarget: 7 }))).toEqual([])
  })

  it('flags a reading grade above 8, and not one of exactly 8', () => {
    expect(codes(checkTopicQuality(input({ readingGrade: 8.1 })))).toEqual(['grade-above-target'])
    expect(checkTopicQuality(input({ readingGrade: 8 }))).toEqual([])
  })
})
