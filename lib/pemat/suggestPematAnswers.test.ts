import { describe, expect, it } from 'vitest'

import type { TopicSection } from '@/blocks'
import { paragraphsToRichText } from '@/lib/content/lexical'

import { isPassiveSentence } from './passiveSentences'
import { suggestPematAnswers, type PematTopicInput } from './suggestPematAnswers'

function text(heading: string, ...paragraphs: string[]): TopicSection {
  return { blockType: 'text', heading, body: paragraphsToRichText(paragraphs) as unknown as Extract<TopicSection, { blockType: 'text' }>['body'] }
}

const LONG_PARAGRAPH = 'You can ease the pain at night with a few simple changes to the way you lie in bed and the pillows you use. '.repeat(3)
const warningSigns: TopicSection = { blockType: 'warningSigns', heading: 'When to get help now', signs: [{ text: 'Chest pain', tier: 'emergency' }] }
const tips: TopicSection = {
  blockType: 'tips',
  heading: 'Tips for sleeping',
  do: [{ text: 'Sleep on your back.' }, { text: 'Put a pillow under your knees.' }],
  dont: [],
}
const exercise: TopicSection = {
  blockType: 'exercise',
  name: 'Shoulder rolls',
  steps: [{ text: 'Sit up tall.' }, { text: 'Roll your shoulders back.' }],
  image: 4,
}
const plan: TopicSection = { blockType: 'plan', heading: 'Your plan', moments: [{ when: 'Tonight', actions: [{ text: 'Put a pillow under your knees.' }] }] }
const picture: TopicSection = { blockType: 'media', image: 7, caption: 'Lie on your back with a pillow under your knees.' }

function topic(overrides: Partial<PematTopicInput>): PematTopicInput {
  return {
    summary: 'Back pain at night is common. These steps help.',
    mainMessage: 'Sleep on your back with a pillow under your knees.',
    sections: [text('Why your back hurts at night', LONG_PARAGRAPH), text('How to lie in bed', LONG_PARAGRAPH), warningSigns],
    ...overrides,
  }
}

describe('suggestPematAnswers', () => {
  it('item 8: agrees when every section is short, disagrees naming a section over 200 words, N/A for very short material', () => {
    expect(suggestPematAnswers(topic({}))[8]).toMatchObject({ answer: 'agree', reason: expect.stringMatching(/none over 200 words/) })
    const long = suggestPematAnswers(topic({ sections: [text('Causes', LONG_PARAGRAPH.repeat(4)), warningSigns] }))[8]!
    expect(long.answer).toBe('disagree')
    expect(long.reason).toMatch(/“Causes \(\d+ words\)”/)
    expect(suggestPematAnswers(topic({ summary: 'Short.', mainMessage: '', sections: [text('Sleep', 'Sleep on your back.')] }))[8]!.answer).toBe('na')
  })

  it('item 8 reuses the readability check’s word counts when they match the sections', () => {
    const suggestion = suggestPematAnswers(topic({ readability: { sections: [{ words: 250 }, { words: 20 }, { words: 5 }] } }))[8]!
    expect(suggestion).toMatchObject({ answer: 'disagree', reason: expect.stringContaining('Why your back hurts at night (250 words)') })
  })

  it('item 9: flags headings like Overview, Introduction, Summary, Other and Information', () => {
    expect(suggestPematAnswers(topic({}))[9]!.answer).toBe('agree')
    for (const heading of ['Overview', 'Introduction', 'Summary', 'Other', 'Information:']) {
      const suggestion = suggestPematAnswers(topic({ sections: [text(heading, LONG_PARAGRAPH), text('How to lie in bed', LONG_PARAGRAPH), warningSigns] }))[9]!
      expect(suggestion.answer, heading).toBe('disagree')
      expect(suggestion.reason).toContain(`“${heading}”`)
    }
  })

  it('item 11: agrees on a main message or a summary, disagrees on neither', () => {
    expect(suggestPematAnswers(topic({}))[11]).toMatchObject({ answer: 'agree', reason: expect.stringMatching(/main message comes first/) })
    expect(suggestPematAnswers(topic({ mainMessage: '' }))[11]).toMatchObject({ answer: 'agree', reason: 'A summary comes first.' })
    expect(suggestPematAnswers(topic({ mainMessage: '', summary: '' }))[11]!.answer).toBe('disagree')
  })

  it('item 12: visual cues from the warning-signs box and bullets; none in plain paragraphs', () => {
    const cues = suggestPematAnswers(topic({ sections: [text('Why', LONG_PARAGRAPH), tips, warningSigns] }))[12]!
    expect(cues.answer).toBe('agree')
    expect(cues.reason).toContain('a box in “When to get help now”')
    expect(cues.reason).toContain('bullets in “Tips for sleeping”')
    expect(suggestPematAnswers(topic({ mainMessage: '', sections: [text('Why', LONG_PARAGRAPH), text('How', LONG_PARAGRAPH)] }))[12]!.answer).toBe('disagree')
  })

  it('items 15–18 and 26: N/A and disagree without pictures; agree with captioned pictures, leaving 16 and 18 to the reviewer', () => {
    const none = suggestPematAnswers(topic({}))
    expect([none[15]!.answer, none[16]!.answer, none[17]!.answer, none[18]!.answer, none[26]!.answer]).toEqual(['disagree', 'na', 'na', 'na', 'disagree'])
    const pictured = suggestPematAnswers(topic({ sections: [text('Why', LONG_PARAGRAPH), picture, exercise, warningSigns] }))
    expect(pictured[15]).toMatchObject({ answer: 'agree', reason: expect.stringMatching(/^2 pictures/) })
    expect(pictured[17]).toMatchObject({ answer: 'agree', reason: expect.stringContaining('“Lie on your back with a pillow under your knees”') })
    expect(pictured[16]).toBeUndefined()
    expect(pictured[18]).toBeUndefined()
    expect(pictured[26]!.answer).toBe('agree')
  })

  it('item 17: disagrees when a picture has no caption', () => {
    const uncaptioned: TopicSection = { blockType: 'media', image: 8, caption: '' }
    expect(suggestPematAnswers(topic({ sections: [text('Why', LONG_PARAGRAPH), uncaptioned, warningSigns] }))[17]!.answer).toBe('disagree')
  })

  it('items 6 and 24: N/A without numbers; clear whole numbers agree, percentages disagree; a calculation is left to the reviewer', () => {
    const none = suggestPematAnswers(topic({ mainMessage: '', summary: 'Rest well.' }))
    expect([none[6]!.answer, none[24]!.answer]).toEqual(['na', 'na'])
    const whole = suggestPematAnswers(topic({ sections: [text('How often', 'Do this 5 to 10 times a day.', LONG_PARAGRAPH), warningSigns] }))
    expect([whole[6]!.answer, whole[24]!.answer]).toEqual(['agree', 'na'])
    const percent = suggestPematAnswers(topic({ sections: [text('Odds', 'About 80% of people get better in 6 weeks.', LONG_PARAGRAPH), warningSigns] }))
    expect(percent[6]!.answer).toBe('disagree')
    expect(percent[24]).toBeUndefined()
  })

  it('items 19 and 25: N/A without tables', () => {
    const suggestions = suggestPematAnswers(topic({}))
    expect([suggestions[19]!.answer, suggestions[25]!.answer]).toEqual(['na', 'na'])
  })

  it('items 20, 22 and 23: actions, steps and a tool from the warning signs, tips, exercise and plan sections', () => {
    const bare = suggestPematAnswers(topic({ sections: [text('Why', LONG_PARAGRAPH), text('How', LONG_PARAGRAPH)] }))
    expect([bare[20]!.answer, bare[22]!.answer, bare[23]!.answer]).toEqual(['disagree', 'disagree', 'disagree'])
    const signsOnly = suggestPematAnswers(topic({}))
    expect([signsOnly[20]!.answer, signsOnly[22]!.answer, signsOnly[23]!.answer]).toEqual(['agree', 'disagree', 'disagree'])
    const full = suggestPematAnswers(topic({ sections: [text('Why', LONG_PARAGRAPH), tips, exercise, plan, warningSigns] }))
    expect([full[20]!.answer, full[22]!.answer, full[23]!.answer]).toEqual(['agree', 'agree', 'agree'])
    expect(full[22]!.reason).toContain('“Shoulder rolls”')
    expect(full[23]!.reason).toContain('“Your plan”')
  })

  it('item 21: agrees when instructions say “you” or start with a verb, disagrees otherwise', () => {
    expect(suggestPematAnswers(topic({ sections: [text('Why', LONG_PARAGRAPH), tips, exercise, warningSigns] }))[21]!.answer).toBe('agree')
    const indirect: TopicSection = {
      blockType: 'tips',
      heading: 'Tips',
      do: [{ text: 'Patients should sleep on their back.' }, { text: 'A pillow under the knees is recommended.' }, { text: 'Sleep on your back.' }],
      dont: [],
    }
    expect(suggestPematAnswers(topic({ sections: [text('Why', LONG_PARAGRAPH), indirect, warningSigns] }))[21]).toMatchObject({
      answer: 'disagree',
      reason: expect.stringMatching(/^Only 1 of 3 instructions/),
    })
  })

  it('item 5: agrees on active prose, disagrees when more than a tenth of the sentences are passive', () => {
    expect(suggestPematAnswers(topic({}))[5]).toMatchObject({ answer: 'agree', reason: 'No passive sentences found.' })
    const passive = text('Causes', 'Pain is caused by poor posture.', 'The spine is supported by the mattress.', LONG_PARAGRAPH)
    expect(suggestPematAnswers(topic({ sections: [passive, warningSigns] }))[5]).toMatchObject({
      answer: 'disagree',
      reason: expect.stringContaining('“Pain is caused by poor posture”'),
    })
  })

  it('leaves the judgement items 1, 2, 3, 4, 7 and 10 for the person', () => {
    const suggestions = suggestPematAnswers(topic({ sections: [text('Why', LONG_PARAGRAPH), picture, tips, exercise, plan, warningSigns] }))
    for (const item of [1, 2, 3, 4, 7, 10] as const) expect(suggestions[item], `item ${item}`).toBeUndefined()
  })
})

describe('isPassiveSentence', () => {
  it.each([
    ['Pain is caused by poor posture.', true],
    ['A nerve in your spine may be pressed.', true],
    ['The exercise was not done right.', true],
    ['You are tired in the morning.', false],
    ['Sleep on your back.', false],
    ['Your pain is getting better.', false],
  ])('%s → %s', (sentence, passive) => {
    expect(isPassiveSentence(sentence)).toBe(passive)
  })
})
