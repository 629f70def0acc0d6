import { splitSentences } from '@/lib/content/splitSentences'

/** "You" in any form, including contractions with a straight or curly apostrophe. */
const SECOND_PERSON = /(?<![\p{L}'’])(?:you|your|yours|yourself|yourselves)(?:['’](?:re|ll|ve|d))?(?![\p{L}'’])/iu

export interface ReaderAddress {
  sentences: number
  /** Sentences with "you", "your" and the like. */
  addressingReader: number
  /** addressingReader / sentences, 0 to 1; null when there are no sentences. */
  share: number | null
}

/**
 * How much of a text speaks to the reader. Plain-language guidance asks
 * writers to address the reader as "you" (Federal Plain Language Guidelines,
 * "Use pronouns to speak directly to readers"). Imperatives ("Walk each day") also
 * address the reader but are not counted: telling them apart from fragments
 * needs a parser, and the share is a signal, not a score.
 */
export function measureReaderAddress(passages: readonly string[]): ReaderAddress {
  const sentences = passages.flatMap((passage) => splitSentences(passage.replace(/\s+/gu, ' ').trim())).filter((sentence) => /\p{L}/u.test(sentence))
  const addressingReader = sentences.filter((sentence) => SECOND_PERSON.test(sentence)).length
  return { sentences: sentences.length, addressingReader, share: sentences.length === 0 ? null : addressingReader / sentences.length }
}
