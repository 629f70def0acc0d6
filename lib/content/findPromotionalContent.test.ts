import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { findPromotionalContent } from './findPromotionalContent'
import { resolveUpperBackPainSourcePath } from './upperBackPainArticle'

const SOMA_PARAGRAPH =
  'Upper back pain during sleep may also be a side effect of some medications. Muscle spasms and pain can be ' +
  'effectively alleviated by the use of muscle relaxants, notably Pain O Soma 350 and Pain O Soma 500. These ' +
  'medications can be obtained from Medicationplace.'

function flaggedSentences(text: string): string[] {
  return findPromotionalContent(text).map((finding) => finding.sentence)
}

describe('findPromotionalContent: the seeded plug', () => {
  it('flags the brand sentence and the vendor sentence, not the neutral opening sentence', () => {
    const findings = findPromotionalContent(SOMA_PARAGRAPH)
    expect(findings.map((finding) => finding.sentence)).toEqual([
      'Muscle spasms and pain can be effectively alleviated by the use of muscle relaxants, notably Pain O Soma 350 and Pain O Soma 500.',
      'These medications can be obtained from Medicationplace.',
    ])
    expect(findings[0]?.reason).toContain('"Pain O Soma 350", "Pain O Soma 500"')
    expect(findings[1]?.reason).toContain('"Medicationplace"')
  })

  it('flags the plug even when the paragraph is hard-wrapped', () => {
    expect(flaggedSentences(SOMA_PARAGRAPH.replaceAll('. ', '.\n   '))).toHaveLength(2)
  })

  it('flags the vendor sentence on its own, without the brand sentence before it', () => {
    expect(flaggedSentences('These medications can be obtained from Medicationplace.')).toHaveLength(1)
  })

  it('flags nothing else in the real source article', () => {
    const source = fs.readFileSync(resolveUpperBackPainSourcePath(), 'utf8')
    const paragraphs = source.split(/\n\s*\n/u).map((block) => block.trim())
    expect(paragraphs).toContain(SOMA_PARAGRAPH)
    const flaggedParagraphs = paragraphs.filter((paragraph) => findPromotionalContent(paragraph).length > 0)
    expect(flaggedParagraphs).toEqual([SOMA_PARAGRAPH])
  })
})

describe('findPromotionalContent: other promotion', () => {
  it.each([
    ['a brand with a strength and a unit, recommended', 'Many readers recommend Relaxo 500 mg for back spasms.'],
    ['a brand with an upper-case unit', 'For spasms, try Flexanol 250 MG at night.'],
    ['a named pharmacy after "available at"', 'Muscle relaxants are available at Walgreens without delay.'],
    ['a named seller after "purchase from"', 'You can purchase these from HealthMart Direct, which ships fast.'],
    ['a web address', 'Stronger painkillers can be bought at cheap-meds.com today.'],
    ['ordering medication online', 'Order your muscle relaxant tablets online for fast delivery.'],
    ['buying medication online', 'It is easy to buy ibuprofen online these days.'],
  ])('flags %s', (_label, sentence) => {
    expect(flaggedSentences(sentence)).toEqual([sentence])
  })

  it('flags a purchase sentence that refers back to a promoted product', () => {
    const text = 'Many find that Flexitol 250 works quickly on spasms. They can be bought through our partner shop.'
    const findings = findPromotionalContent(text)
    expect(findings.map((finding) => finding.sentence)).toEqual([
      'Many find that Flexitol 250 works quickly on spasms.',
      'They can be bought through our partner shop.',
    ])
    expect(findings[1]?.reason).toContain('previous sentence')
  })

  it('does not flag the same referring-back sentence when nothing was promoted before it', () => {
    expect(flaggedSentences('Ask about pillows. They can be bought through most shops.')).toEqual([])
  })
})

describe('findPromotionalContent: ordinary advice is left alone', () => {
  // Buying bedding is self-care advice, not drug promotion: purchase wording
  // alone is never enough, something commercial must be named.
  it.each([
    'Purchasing a supportive pillow may help.',
    'Buy a firm mattress that keeps your spine aligned.',
    'It may be worthwhile to try adjusting it or purchasing a pillow and mattress that offer better support.',
    'Pain relievers such as ibuprofen are available at most pharmacies without a prescription.',
    'Your doctor may prescribe a muscle relaxant; these can be obtained from your pharmacist.',
    "You can get them from Dr Patel's clinic.",
    'Upper back pain during sleep may also be a side effect of some medications.',
    'Take 50 mg twice a day only if your doctor recommends it.',
    'Taking Vitamin D 1000 IU daily may help bone health.',
    'A review published in Spine 2019 recommends gentle stretching.',
    'Guidance updated in March 2024 recommends gentle stretching.',
    'In order to move from bed to chair, roll onto your side first.',
    'When shopping for pillows, look for ones that support your neck.',
  ])('does not flag: %s', (sentence) => {
    expect(findPromotionalContent(sentence)).toEqual([])
  })

  it('does not flag a brand with a strength when nothing recommends or sells it', () => {
    expect(findPromotionalContent('The label on Pain O Soma 350 lists carisoprodol.')).toEqual([])
  })

  it('returns nothing for empty text', () => {
    expect(findPromotionalContent('')).toEqual([])
  })
})
