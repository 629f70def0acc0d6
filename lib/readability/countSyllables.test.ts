import { describe, expect, it } from 'vitest'

import { countSyllables } from './countSyllables'

// Expected counts are the syllabifications in Merriam-Webster's dictionary.
const DICTIONARY: ReadonlyArray<[string, number]> = [
  ['the', 1],
  ['cat', 1],
  ['sat', 1],
  ['back', 1],
  ['pain', 1],
  ['sleep', 1],
  ['spine', 1],
  ['make', 1],
  ['hopes', 1],
  ['jumped', 1],
  ['needed', 2],
  ['wanted', 2],
  ['table', 2],
  ['simple', 2],
  ['muscle', 2],
  ['pillow', 2],
  ['mattress', 2],
  ['doctor', 2],
  ['creature', 2],
  ['hybrid', 2],
  ['mammal', 2],
  ['neutral', 2],
  ['posture', 2],
  ['stretches', 2],
  ['boxes', 2],
  ['trying', 2],
  ['people', 2],
  ['platypus', 3],
  ['seemingly', 3],
  ['medical', 3],
  ['exercise', 3],
  ['shoulders', 2],
  ['comfortable', 4],
  ['physical', 3],
  ['australian', 4],
  ['reptilian', 4],
  ['individual', 5],
  ['actually', 4],
  ['stadium', 3],
  ['radio', 3],
  ['variety', 4],
  ['discomfort', 3],
  ['alleviate', 4],
  ['medication', 4],
  ['medications', 4],
  ['osteoarthritis', 6],
  ['fibromyalgia', 5],
  ['professional', 4],
  ['consistent', 3],
  ['ligaments', 3],
  ['emergency', 4],
  ['numbness', 2],
  ['weakness', 2],
  ['bladder', 2],
  ['breath', 1],
  ['fever', 2],
  ['injury', 3],
  ['unexplained', 3],
  ['weight', 1],
  ['chest', 1],
  ['ibuprofen', 4],
  ['cervical', 3],
]

describe('countSyllables', () => {
  it.each(DICTIONARY)('counts "%s" as %i', (word, expected) => {
    expect(countSyllables(word)).toBe(expected)
  })

  it('ignores case, punctuation and possessives, and gives no syllables to non-words', () => {
    expect(countSyllables('Doctor’s')).toBe(2)
    expect(countSyllables('SPINE,')).toBe(1)
    expect(countSyllables('—')).toBe(0)
  })

  it('matches the dictionary for at least 95% of the list (the rules are an approximation)', () => {
    const correct = DICTIONARY.filter(([word, expected]) => countSyllables(word) === expected).length
    expect(correct / DICTIONARY.length).toBeGreaterThanOrEqual(0.95)
  })
})
