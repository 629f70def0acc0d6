import { describe, expect, it } from 'vitest'

import { findPassiveSentences, isPassiveSentence } from './findPassiveSentences'

describe('isPassiveSentence', () => {
  it.each([
    'The pain is caused by tight muscles.',
    'Ice should be applied for 20 minutes.',
    'You will be given a sling.',
    'This medicine is not recommended for children.',
    'This medicine is used to treat pain.',
    'Make sure your neck and back are well supported.',
    'Stitches are usually taken out after 10 days.',
    'The results have been sent to your doctor.',
    'Your blood is being tested today.',
    'It’s made worse by sitting.',
    'A referral was written by your doctor.',
    'Some pillows were chosen for their shape.',
    'An agreement is guaranteed.',
  ])('finds the passive in "%s"', (sentence) => {
    expect(isPassiveSentence(sentence)).toBe(true)
  })

  it.each([
    'I am tired in the morning.',
    'If you are worried, call us.',
    'You are scared of falling.',
    'Your ankle is swollen.',
    'The wound is infected.',
    'Your skin is red.',
    'Bed rest can slow healing.',
    'Stay in bed for two days.',
    'You need to rest.',
    'Speed is not important.',
    'Take the medicine with food.',
    'Doctors treated the pain.',
    'This is a hundred times better.',
    'The swelling is gone.',
    'Is it a good idea to proceed?',
    'You are supposed to rest.',
  ])('leaves "%s" alone', (sentence) => {
    expect(isPassiveSentence(sentence)).toBe(false)
  })
})

describe('findPassiveSentences', () => {
  it('returns the passive sentences of each passage as written, and only those', () => {
    const passages = ['Sleep on your back. A pillow is placed under your knees.', 'Your shoulders are tired. Exercises were shown to help.']
    expect(findPassiveSentences(passages)).toEqual(['A pillow is placed under your knees.', 'Exercises were shown to help.'])
  })

  it('finds none in empty text', () => {
    expect(findPassiveSentences([])).toEqual([])
    expect(findPassiveSentences(['', '  '])).toEqual([])
  })
})
