import { splitSentences } from '@/lib/content/splitSentences'

import { countSyllables } from './countSyllables'

/** Sentences longer than this are hard to hold in working memory (CDC Clear Communication Index: about 20 words). */
export const LONG_SENTENCE_WORDS = 20
/** SMOG's "polysyllabic" words: three or more syllables (McLaughlin 1969). */
export const LONG_WORD_SYLLABLES = 3

export interface ReadabilityCounts {
  sentences: number
  words: number
  syllables: number
  /** Words of three or more syllables. */
  polysyllables: number
}

export interface ReadabilityReport extends ReadabilityCounts {
  /** Flesch-Kincaid grade level, rounded to one decimal; null when there is no text. */
  fleschKincaidGrade: number | null
  /** SMOG grade, rounded to one decimal; null when there is no text. */
  smogIndex: number | null
  /** Long words (≥ 3 syllables), most frequent first, at most 25. */
  longWords: Array<{ word: string; syllables: number; count: number }>
  /** Sentences over LONG_SENTENCE_WORDS words, longest first, at most 10. */
  longSentences: Array<{ sentence: string; words: number }>
}

/**
 * Flesch-Kincaid grade: 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 * Kincaid, Fishburne, Rogers & Chissom 1975, "Derivation of new readability
 * formulas … for Navy enlisted personnel", Research Branch Report 8-75.
 */
export function fleschKincaidGrade({ sentences, words, syllables }: Pick<ReadabilityCounts, 'sentences' | 'words' | 'syllables'>): number | null {
  if (sentences === 0 || words === 0) return null
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
}

/**
 * SMOG grade: 1.0430 × √(polysyllables × 30 / sentences) + 3.1291.
 * McLaughlin 1969, "SMOG grading: a new readability formula", Journal of
 * Reading 12(8):639-646. The formula is defined on 30 sentences; shorter
 * texts are scaled to 30 as McLaughlin's regression allows, which makes very
 * short sections less reliable (shown as such in the admin panel).
 */
export function smogIndex({ sentences, polysyllables }: Pick<ReadabilityCounts, 'sentences' | 'polysyllables'>): number | null {
  if (sentences === 0) return null
  return 1.043 * Math.sqrt(polysyllables * (30 / sentences)) + 3.1291
}

const WORD = /[\p{L}][\p{L}'’-]*/gu

/**
 * The words of a sentence as the formulas count them: runs of letters, a
 * hyphenated compound as its parts. Numerals are skipped, not estimated: how
 * many syllables "350" has depends on how it is read ("three fifty",
 * "trescientos cincuenta"). English and Spanish count words the same way.
 */
export function wordsOf(sentence: string): string[] {
  return (sentence.match(WORD) ?? []).flatMap((word) => word.split('-')).filter((word) => /\p{L}/u.test(word))
}

function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10
}

/**
 * Readability of a list of passages (paragraphs, list items, headings left
 * out by the caller). Each passage is split into sentences; a passage with no
 * closing punctuation, such as a bullet point, counts as one sentence.
 */
export function analyzeReadability(passages: readonly string[]): ReadabilityReport {
  const counts: ReadabilityCounts = { sentences: 0, words: 0, syllables: 0, polysyllables: 0 }
  const longWords = new Map<string, { word: string; syllables: number; count: number }>()
  const longSentences: ReadabilityReport['longSentences'] = []

  for (const passage of passages) {
    for (const sentence of splitSentences(passage.replace(/\s+/gu, ' ').trim())) {
      const words = wordsOf(sentence)
      if (words.length === 0) continue
      counts.sentences += 1
      counts.words += words.length
      for (const word of words) {
        const syllables = countSyllables(word)
        counts.syllables += syllables
        if (syllables >= LONG_WORD_SYLLABLES) {
          counts.polysyllables += 1
          const key = word.toLowerCase()
          const entry = longWords.get(key) ?? { word: key, syllables, count: 0 }
          entry.count += 1
          longWords.set(key, entry)
        }
      }
      if (words.length > LONG_SENTENCE_WORDS) longSentences.push({ sentence, words: words.length })
    }
  }

  return {
    ...counts,
    fleschKincaidGrade: round1(fleschKincaidGrade(counts)),
    smogIndex: round1(smogIndex(counts)),
    longWords: [...longWords.values()].sort((a, b) => b.count - a.count || b.syllables - a.syllables || a.word.localeCompare(b.word)).slice(0, 25),
    longSentences: longSentences.sort((a, b) => b.words - a.words).slice(0, 10),
  }
}
