import { describe, expect, it } from 'vitest'

import { analyzeReadability, fleschKincaidGrade, smogIndex } from './analyzeReadability'

describe('fleschKincaidGrade', () => {
  it('reproduces the worked example for "The Australian platypus…" (13 words, 26 syllables, 1 sentence: grade 13.1)', () => {
    // Worked example from the Flesch-Kincaid article (Wikipedia, "Flesch–Kincaid readability tests"), formula of Kincaid et al. 1975.
    expect(fleschKincaidGrade({ sentences: 1, words: 13, syllables: 26 })).toBeCloseTo(13.08, 2)
    const report = analyzeReadability(['The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.'])
    expect(report).toMatchObject({ sentences: 1, words: 13, syllables: 26, fleschKincaidGrade: 13.1 })
  })

  it('scores a very simple sentence below grade 1 ("The cat sat on the mat.")', () => {
    expect(analyzeReadability(['The cat sat on the mat.']).fleschKincaidGrade).toBe(-1.4)
  })

  it('has no grade for empty text', () => {
    expect(analyzeReadability([]).fleschKincaidGrade).toBeNull()
    expect(analyzeReadability(['  ']).smogIndex).toBeNull()
  })
})

describe('smogIndex', () => {
  it('follows McLaughlin 1969: 30 sentences with 36 polysyllables is grade 9.4 (simple form: 3 + √36 = 9)', () => {
    expect(smogIndex({ sentences: 30, polysyllables: 36 })).toBeCloseTo(9.387, 2)
    expect(smogIndex({ sentences: 30, polysyllables: 0 })).toBeCloseTo(3.13, 2)
  })

  it('scales a shorter text to 30 sentences', () => {
    // 10 sentences with 12 polysyllables are 36 per 30 sentences.
    expect(smogIndex({ sentences: 10, polysyllables: 12 })).toBeCloseTo(9.387, 2)
  })
})

describe('analyzeReadability', () => {
  it('counts a bullet without a full stop as one sentence and lists long words and long sentences', () => {
    const report = analyzeReadability([
      'Chest pain or shortness of breath',
      'Individuals experiencing persistent discomfort should consult a medical professional, who can identify the underlying cause and recommend appropriate treatment alternatives for them.',
    ])
    expect(report.sentences).toBe(2)
    expect(report.longSentences).toHaveLength(1)
    expect(report.longSentences[0]!.words).toBe(22)
    expect(report.longWords.map((entry) => entry.word)).toEqual(expect.arrayContaining(['individuals', 'experiencing', 'professional', 'appropriate']))
    expect(report.longWords.map((entry) => entry.word)).not.toContain('breath')
  })

  it('grades plain language lower than the same advice in complex wording', () => {
    const plain = analyzeReadability(['Sleep on your back. Put a pillow under your knees. Call us if the pain gets worse.'])
    const complex = analyzeReadability([
      'Maintaining a neutral spinal position is crucial for optimal sleeping posture, and professional consultation is advisable if discomfort persists.',
    ])
    expect(plain.fleschKincaidGrade!).toBeLessThan(4)
    expect(complex.fleschKincaidGrade!).toBeGreaterThan(12)
  })
})
