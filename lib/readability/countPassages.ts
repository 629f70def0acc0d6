import { splitSentences } from '@/lib/content/splitSentences'

/** Sentences longer than this are hard to hold in working memory (CDC Clear Communication Index: about 20 words). */
export const LONG_SENTENCE_WORDS = 20

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

export interface PassageCounts {
  sentences: number
  words: number
  syllables: number
  /** Words of `longWordSyllables` syllables or more. */
  longWordCount: number
  /** Long words, most frequent first, at most 25. */
  longWords: Array<{ word: string; syllables: number; count: number }>
  /** Sentences over LONG_SENTENCE_WORDS words, longest first, at most 10. */
  longSentences: Array<{ sentence: string; words: number }>
}

/**
 * What every readability formula here is computed from, in one pass over the
 * passages (paragraphs, list items; headings left out by the caller). Each
 * passage is split into sentences; a passage with no closing punctuation,
 * such as a bullet point, counts as one sentence. The language comes in as
 * its syllable counter, its long-word threshold and its alphabetical order.
 */
export function countPassages(
  passages: readonly string[],
  { countSyllables, longWordSyllables, locale }: { countSyllables: (word: string) => number; longWordSyllables: number; locale?: string },
): PassageCounts {
  const counts = { sentences: 0, words: 0, syllables: 0, longWordCount: 0 }
  const longWords = new Map<string, { word: string; syllables: number; count: number }>()
  const longSentences: PassageCounts['longSentences'] = []

  for (const passage of passages) {
    for (const sentence of splitSentences(passage.replace(/\s+/gu, ' ').trim())) {
      const words = wordsOf(sentence)
      if (words.length === 0) continue
      counts.sentences += 1
      counts.words += words.length
      for (const word of words) {
        const syllables = countSyllables(word)
        counts.syllables += syllables
        if (syllables >= longWordSyllables) {
          counts.longWordCount += 1
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
    longWords: [...longWords.values()].sort((a, b) => b.count - a.count || b.syllables - a.syllables || a.word.localeCompare(b.word, locale)).slice(0, 25),
    longSentences: longSentences.sort((a, b) => b.words - a.words).slice(0, 10),
  }
}
