import { describe, expect, it } from 'vitest'

import { countSyllables } from '@/lib/readability/countSyllables'

import { PLAIN_LANGUAGE_TERMS } from './plainLanguageTerms'

/** Long words patients know from packets and adverts; their shorter stand-ins would be vaguer, not plainer. */
const FAMILIAR_LONG_WORDS = new Set(['cholesterol', 'ibuprofen', 'adrenaline'])

/** Every spelling an entry raises a hint for, lower-cased. */
function formsOf(entry: (typeof PLAIN_LANGUAGE_TERMS)[number]): string[] {
  return [entry.term, ...(entry.forms ?? [])].map((form) => form.toLowerCase())
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d][\p{L}\d'’]*/gu) ?? []
}

function containsWholePhrase(text: string, phrase: string): boolean {
  const padded = ` ${wordsOf(text).join(' ')} `
  return padded.includes(` ${wordsOf(phrase).join(' ')} `)
}

describe('the plain-language word list', () => {
  it('has at least 300 entries', () => {
    expect(PLAIN_LANGUAGE_TERMS.length).toBeGreaterThanOrEqual(300)
  })

  it('lists each term and form once across the whole list', () => {
    const seen = new Map<string, string>()
    const duplicates: string[] = []
    for (const entry of PLAIN_LANGUAGE_TERMS) {
      for (const form of formsOf(entry)) {
        const earlier = seen.get(form)
        if (earlier !== undefined) duplicates.push(`${form} (in "${earlier}" and "${entry.term}")`)
        seen.set(form, entry.term)
      }
    }
    expect(duplicates).toEqual([])
  })

  it('writes terms and forms in lower case without stray spaces', () => {
    const malformed = PLAIN_LANGUAGE_TERMS.flatMap((entry) => [entry.term, ...(entry.forms ?? [])]).filter(
      (form) => form !== form.toLowerCase() || form !== form.trim() || /\s{2,}/u.test(form) || form === '',
    )
    expect(malformed).toEqual([])
  })

  it('never uses the term itself, in any form, in its plain alternative', () => {
    const selfReferences = PLAIN_LANGUAGE_TERMS.filter((entry) => formsOf(entry).some((form) => entry.plain.toLowerCase().includes(form))).map(
      (entry) => `${entry.term} → ${entry.plain}`,
    )
    expect(selfReferences).toEqual([])
  })

  it('never suggests another listed term as the plain alternative', () => {
    const allForms = PLAIN_LANGUAGE_TERMS.flatMap(formsOf)
    const jargonInAlternatives = PLAIN_LANGUAGE_TERMS.flatMap((entry) =>
      allForms.filter((form) => containsWholePhrase(entry.plain, form)).map((form) => `${entry.term} → ${entry.plain} (uses "${form}")`),
    )
    expect(jargonInAlternatives).toEqual([])
  })

  it('gives readable alternatives: short words (at most 3 syllables) and at most 10 words', () => {
    const hard = PLAIN_LANGUAGE_TERMS.filter((entry) => {
      const words = wordsOf(entry.plain).flatMap((word) => word.split('-'))
      return words.length === 0 || words.length > 10 || words.some((word) => countSyllables(word) > 3 && !FAMILIAR_LONG_WORDS.has(word))
    }).map((entry) => `${entry.term} → ${entry.plain}`)
    expect(hard).toEqual([])
  })

  it('includes the examples the review workflow promises', () => {
    const plainFor = (term: string) => PLAIN_LANGUAGE_TERMS.find((entry) => entry.term === term)?.plain
    expect(plainFor('hypertension')).toBe('high blood pressure')
    expect(plainFor('analgesic')).toBe('pain medicine')
    expect(plainFor('bilateral')).toBe('both sides')
    expect(plainFor('thoracic')).toBe('upper back / chest')
    expect(plainFor('contraindicated')).toBe('should not be used')
  })
})
