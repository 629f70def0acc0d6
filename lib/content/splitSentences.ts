/**
 * Abbreviations whose trailing full stop does not end a sentence. Kept short
 * on purpose: patient-education prose rarely uses more, and a missed split only
 * makes a sentence longer, whereas a wrong split could strand half a sentence.
 */
const ABBREVIATIONS_BEFORE_FULL_STOP = new Set([
  'e.g',
  'i.e',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'vs',
  'approx',
  'fig',
  // Spanish: doctora, señor, señora, señorita, usted(es), "p. ej." (por ejemplo), número, página.
  'dra',
  'sr',
  'sra',
  'srta',
  'ud',
  'uds',
  'ej',
  'núm',
  'pág',
])

/**
 * Abbreviations that are also ordinary words ending a sentence ("Say no.",
 * Spanish "o no."), so they only count as abbreviations before a number
 * ("No. 5").
 */
const ABBREVIATIONS_BEFORE_NUMBER = new Set(['no'])

/**
 * A sentence ends at . ! or ? (plus any closing quotes or brackets), then
 * whitespace, then something that can start a sentence: an upper-case letter
 * or digit, optionally behind opening quotes or brackets. Spanish adds «» and
 * opens questions and exclamations with ¿ and ¡ («¿Le duele?» ¡Llame ya!).
 * Requiring the whitespace keeps decimals ("2.5 mg") and domains
 * ("example.com") intact.
 */
const SENTENCE_BOUNDARY = /([.!?])["”’)\]»]*(\s+)(?=["“‘(\[«¿¡]*[\p{Lu}\d])/gu

/**
 * Splits prose into sentences, each trimmed. Joining the result with single
 * spaces gives back the input once its whitespace is normalised, which is what
 * lets callers drop individual sentences from a paragraph and keep the rest
 * exactly as written.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  let start = 0
  for (const match of text.matchAll(SENTENCE_BOUNDARY)) {
    const punctuationIndex = match.index
    const whitespace = match[2] ?? ''
    const end = punctuationIndex + match[0].length - whitespace.length
    if (match[1] === '.' && endsWithAbbreviation(text.slice(start, punctuationIndex), text.slice(end + whitespace.length))) continue
    const sentence = text.slice(start, end).trim()
    if (sentence) sentences.push(sentence)
    start = end
  }
  const rest = text.slice(start).trim()
  if (rest) sentences.push(rest)
  return sentences
}

function endsWithAbbreviation(textBeforeFullStop: string, textAfterWhitespace: string): boolean {
  const lastWord = /(\S+)$/.exec(textBeforeFullStop)?.[1]
  if (!lastWord) return false
  const word = lastWord.replace(/^["“‘(\[«¿¡]+/u, '').toLowerCase()
  if (ABBREVIATIONS_BEFORE_NUMBER.has(word)) return /^\d/u.test(textAfterWhitespace)
  return ABBREVIATIONS_BEFORE_FULL_STOP.has(word)
}
