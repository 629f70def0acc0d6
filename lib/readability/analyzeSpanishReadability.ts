import { countPassages } from './countPassages'
import { countSpanishSyllables } from './countSpanishSyllables'

/**
 * Spanish words listed as long: four syllables or more, one more than the
 * English list (SMOG's three). Spanish words are longer for the same
 * vocabulary: about two syllables a word against about one and a half in
 * English, roughly the ratio between the syllable weights of Fernández-Huerta
 * (60) and of the Flesch formula it adapts (84.6). At three, everyday words
 * (ro-di-llas, mé-di-co, es-pal-da) would fill the list and hide the ones
 * worth replacing.
 */
export const SPANISH_LONG_WORD_SYLLABLES = 4

export interface SpanishReadabilityCounts {
  sentences: number
  words: number
  syllables: number
  /** Words of SPANISH_LONG_WORD_SYLLABLES syllables or more. */
  longWordCount: number
}

export type InfleszBandCode = 'very-difficult' | 'somewhat-difficult' | 'normal' | 'fairly-easy' | 'very-easy'

export interface InfleszBand {
  code: InfleszBandCode
  /** What staff see. */
  label: string
  /** The scale's own wording (Barrio-Cantalejo et al. 2008). */
  labelEs: string
}

/**
 * The INFLESZ scale for the Szigriszt-Pazos score: Barrio-Cantalejo IM et
 * al., "Validación de la Escala INFLESZ para evaluar la legibilidad de los
 * textos dirigidos a pacientes", An Sist Sanit Navar 2008;31(2):135-152.
 * The paper gives the bands as < 40, 40–55, 55–65, 65–80, > 80; a shared
 * boundary belongs to the band above it, except 80, which "> 80" leaves in
 * "bastante fácil". Highest band first.
 */
const INFLESZ_BANDS: ReadonlyArray<InfleszBand & { isIn: (score: number) => boolean }> = [
  { code: 'very-easy', label: 'very easy', labelEs: 'muy fácil', isIn: (score) => score > 80 },
  { code: 'fairly-easy', label: 'fairly easy', labelEs: 'bastante fácil', isIn: (score) => score >= 65 },
  { code: 'normal', label: 'normal', labelEs: 'normal', isIn: (score) => score >= 55 },
  { code: 'somewhat-difficult', label: 'somewhat difficult', labelEs: 'algo difícil', isIn: (score) => score >= 40 },
  { code: 'very-difficult', label: 'very difficult', labelEs: 'muy difícil', isIn: () => true },
]

export function infleszBand(score: number): InfleszBand {
  const { code, label, labelEs } = INFLESZ_BANDS.find((band) => band.isIn(score))!
  return { code, label, labelEs }
}

export interface SpanishReadabilityReport extends SpanishReadabilityCounts {
  /** Fernández-Huerta readability (corrected form), rounded to one decimal; null when there is no text. Higher is easier. */
  fernandezHuerta: number | null
  /** Szigriszt-Pazos perspicuity, the score the INFLESZ scale reads, rounded to one decimal; null when there is no text. Higher is easier. */
  szigrisztPazos: number | null
  /** The INFLESZ band of the rounded Szigriszt-Pazos score, so the band always matches the figure shown. */
  infleszBand: InfleszBand | null
  /** Long words (≥ SPANISH_LONG_WORD_SYLLABLES syllables), most frequent first, at most 25. */
  longWords: Array<{ word: string; syllables: number; count: number }>
  /** Sentences over LONG_SENTENCE_WORDS words, longest first, at most 10. */
  longSentences: Array<{ sentence: string; words: number }>
}

type FormulaCounts = Pick<SpanishReadabilityCounts, 'sentences' | 'words' | 'syllables'>

/**
 * Fernández-Huerta readability: 206.84 − 60 × (syllables / words) − 1.02 ×
 * (words / sentences), that is L = 206.84 − 0.60 P − 1.02 F with P the
 * syllables per 100 words and F the average words per sentence.
 * Fernández Huerta J, "Medidas sencillas de lecturabilidad", Consigna
 * 1959;(214):29-32, adapting Flesch's Reading Ease (206.835 − 84.6 ×
 * syllables/words − 1.015 × words/sentences).
 *
 * The formula is usually quoted with F as the number of sentences per 100
 * words. That is an error (Law G, "Error in the Fernandez Huerta Readability
 * Formula", LINGUIST List 22.2332, 2011): with a minus sign it makes shorter
 * sentences score as harder, the opposite of the Flesch formula it adapts,
 * whose 1.015 multiplies words per sentence. We use the corrected form, with
 * F as the average words per sentence, as Law proposes (and legible.es, the
 * Spanish readability analyser, applies).
 */
export function fernandezHuerta({ sentences, words, syllables }: FormulaCounts): number | null {
  if (sentences === 0 || words === 0) return null
  return 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences)
}

/**
 * Szigriszt-Pazos perspicuity: 206.835 − 62.3 × (syllables / words) −
 * (words / sentences). Szigriszt Pazos F, "Sistemas predictivos de
 * legibilidad del mensaje escrito: fórmula de perspicuidad", doctoral
 * thesis, Universidad Complutense de Madrid, 1993. Read on the INFLESZ scale.
 */
export function szigrisztPazos({ sentences, words, syllables }: FormulaCounts): number | null {
  if (sentences === 0 || words === 0) return null
  return 206.835 - 62.3 * (syllables / words) - words / sentences
}

function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10
}

/**
 * Readability of a list of Spanish passages (paragraphs, list items; headings
 * left out by the caller), counted as analyzeReadability counts English: each
 * passage is split into sentences, and a passage with no closing punctuation,
 * such as a bullet point, counts as one sentence.
 */
export function analyzeSpanishReadability(passages: readonly string[]): SpanishReadabilityReport {
  const { longWords, longSentences, ...counts } = countPassages(passages, {
    countSyllables: countSpanishSyllables,
    longWordSyllables: SPANISH_LONG_WORD_SYLLABLES,
    locale: 'es',
  })
  const perspicuity = round1(szigrisztPazos(counts))
  return {
    ...counts,
    fernandezHuerta: round1(fernandezHuerta(counts)),
    szigrisztPazos: perspicuity,
    infleszBand: perspicuity === null ? null : infleszBand(perspicuity),
    longWords,
    longSentences,
  }
}
