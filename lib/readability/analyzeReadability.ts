import { countPassages } from './countPassages'
import { countSyllables } from './countSyllables'

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

function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10
}

/**
 * Readability of a list of passages (paragraphs, list items, headings left
 * out by the caller). Each passage is split into sentences; a passage with no
 * closing punctuation, such as a bullet point, counts as one sentence.
 */
export function analyzeReadability(passages: readonly string[]): ReadabilityReport {
  const {
    longWordCount: polysyllables,
    longWords,
    longSentences,
    ...rest
  } = countPassages(passages, { countSyllables, longWordSyllables: LONG_WORD_SYLLABLES })
  const counts: ReadabilityCounts = { ...rest, polysyllables }
  return { ...counts, fleschKincaidGrade: round1(fleschKincaidGrade(counts)), smogIndex: round1(smogIndex(counts)), longWords, longSentences }
}
