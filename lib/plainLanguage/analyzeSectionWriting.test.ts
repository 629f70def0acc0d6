import { describe, expect, it } from 'vitest'

import type { TopicSection } from '@/blocks'
import { paragraphsToRichText } from '@/lib/content/lexical'
import type { TextSectionBlock } from '@/payload-types'

import { analyzeSectionWriting } from './analyzeSectionWriting'

const textBody = (paragraphs: string[]) => paragraphsToRichText(paragraphs) as TextSectionBlock['body']

const plainText: TopicSection = {
  id: 'plain',
  blockType: 'text',
  heading: 'Sleep on your back',
  body: textBody(['Sleep on your back. Put a pillow under the knees. You will feel less pain.']),
}

const hardText: TopicSection = {
  id: 'hard',
  blockType: 'text',
  heading: 'Underlying medical conditions',
  body: textBody([
    'Nocturnal thoracic discomfort is frequently attributable to degenerative musculoskeletal pathology, necessitating comprehensive evaluation by an appropriately qualified practitioner.',
    'Hypertension is managed separately.',
    'Subsequently, individualized multidisciplinary rehabilitation programmes incorporating progressive resistance exercises are recommended.',
  ]),
}

const tips: TopicSection = { id: 'tips', blockType: 'tips', heading: 'Do and don’t', do: [{ text: 'Take an analgesic before bed' }], dont: [{ text: 'Lift heavy things' }] }

describe('analyzeSectionWriting', () => {
  it('gives each section its heading, kind and grade, flagged against the target the caller passes', () => {
    const [plain, hard] = analyzeSectionWriting({ sections: [plainText, hardText], targetGrade: 6 })
    expect(plain).toMatchObject({ key: 'plain', heading: 'Sleep on your back', kindLabel: 'Text', overTarget: false })
    expect(plain!.fleschKincaidGrade).toBeLessThanOrEqual(6)
    expect(hard).toMatchObject({ key: 'hard', heading: 'Underlying medical conditions', gradedOnItsOwn: true, overTarget: true })
    expect(hard!.fleschKincaidGrade).toBeGreaterThan(6)

    // The same section under a looser target is not flagged: the target is the caller's.
    const [, hardUnderLooseTarget] = analyzeSectionWriting({ sections: [plainText, hardText], targetGrade: 40 })
    expect(hardUnderLooseTarget!.overTarget).toBe(false)
  })

  it('does not flag a section too short to grade on its own, as the save hook does not', () => {
    const short: TopicSection = { id: 'short', blockType: 'text', heading: 'Short', body: textBody(['Idiopathic radiculopathy necessitates multidisciplinary evaluation.']) }
    const [signals] = analyzeSectionWriting({ sections: [short], targetGrade: 6 })
    expect(signals!.fleschKincaidGrade).toBeGreaterThan(6)
    expect(signals).toMatchObject({ words: 5, gradedOnItsOwn: false, overTarget: false })
  })

  it('quotes passive sentences, measures the "you" share and lists medical terms with plain alternatives', () => {
    const [plain, hard, tipsSignals] = analyzeSectionWriting({ sections: [plainText, hardText, tips], targetGrade: 6 })
    expect(plain!.passiveSentences).toEqual([])
    expect(plain!.readerAddress).toEqual({ sentences: 3, addressingReader: 2, share: 2 / 3 })
    expect(plain!.medicalTerms).toEqual([])

    expect(hard!.passiveSentences).toEqual([
      'Hypertension is managed separately.',
      'Subsequently, individualized multidisciplinary rehabilitation programmes incorporating progressive resistance exercises are recommended.',
    ])
    expect(hard!.readerAddress.share).toBe(0)
    expect(hard!.medicalTerms.map((hit) => [hit.term, hit.plain])).toEqual([
      ['nocturnal', 'at night'],
      ['thoracic', 'upper back / chest'],
      ['degenerative', 'caused by wear and tear'],
      ['musculoskeletal', 'muscles and bones'],
      ['evaluate', 'check'],
      ['practitioner', 'health care worker'],
      ['hypertension', 'high blood pressure'],
      ['subsequent', 'later, next'],
      ['rehabilitation', 'getting back strength and skills'],
      ['progressive', 'gets worse over time'],
    ])

    // Other kinds are read through the block registry: a tips section's items count.
    expect(tipsSignals!.medicalTerms.map((hit) => hit.term)).toEqual(['analgesic'])
  })

  it('shows a half-filled row (a new text section without a body yet) as empty instead of failing', () => {
    const newRow = { blockType: 'text', heading: '' } as unknown as TopicSection
    const [signals] = analyzeSectionWriting({ sections: [newRow], targetGrade: 6 })
    expect(signals).toEqual({
      key: 'position-0',
      heading: 'Text 1 (no heading yet)',
      kindLabel: 'Text',
      fleschKincaidGrade: null,
      words: 0,
      gradedOnItsOwn: false,
      overTarget: false,
      passiveSentences: [],
      readerAddress: { sentences: 0, addressingReader: 0, share: null },
      medicalTerms: [],
    })
  })
})
