import { describe, expect, it } from 'vitest'

import { findMedicalTerms } from './findMedicalTerms'

describe('findMedicalTerms', () => {
  it('finds listed terms with their plain alternatives, once each, in order of first appearance', () => {
    const hits = findMedicalTerms(['Hypertension can cause headaches.', 'Take an analgesic. Hypertension is common; analgesics help.'])
    expect(hits).toEqual([
      { term: 'hypertension', plain: 'high blood pressure', asWritten: 'Hypertension', count: 2 },
      { term: 'analgesic', plain: 'pain medicine', asWritten: 'analgesic', count: 2 },
    ])
  })

  it('counts an inflected form under its term', () => {
    expect(findMedicalTerms(['Hypertensive patients should rest.'])).toEqual([
      { term: 'hypertension', plain: 'high blood pressure', asWritten: 'Hypertensive', count: 1 },
    ])
  })

  it('prefers the longest phrase and matches it across line breaks', () => {
    expect(findMedicalTerms(['Signs of a deep vein\nthrombosis include a warm calf.']).map((hit) => hit.term)).toEqual(['deep vein thrombosis'])
    expect(findMedicalTerms(['Upper back (thoracic) pain']).map((hit) => [hit.term, hit.plain])).toEqual([['thoracic', 'upper back / chest']])
  })

  it('matches whole words only', () => {
    expect(findMedicalTerms(['The oracle gave a moral.']).map((hit) => hit.term)).toEqual([])
    expect(findMedicalTerms(['Rest your back bilaterally.']).map((hit) => hit.term)).toEqual(['bilateral'])
    expect(findMedicalTerms(['A moral choice.'])).toEqual([])
  })

  it('accepts a word list of its own', () => {
    expect(findMedicalTerms(['Pyrexia and fever.'], [{ term: 'fever', plain: 'high temperature' }])).toEqual([
      { term: 'fever', plain: 'high temperature', asWritten: 'fever', count: 1 },
    ])
  })

  it('finds nothing in plain text', () => {
    expect(findMedicalTerms(['Sleep on your back with a pillow under your knees.'])).toEqual([])
  })
})
