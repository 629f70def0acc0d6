import { describe, expect, it } from 'vitest'

import { analyzeSpanishReadability, fernandezHuerta, infleszBand, szigrisztPazos } from './analyzeSpanishReadability'

// No published worked example with its counts and scores was at hand, so
// every expected figure below was computed by hand from the formulas, with
// the syllable divisions written out (RAE 2010 conventions, see
// countSpanishSyllables.test.ts):
//   Fernández-Huerta (corrected) = 206.84 − 60 × syllables/words − 1.02 × words/sentences
//   Szigriszt-Pazos              = 206.835 − 62.3 × syllables/words − words/sentences

/**
 * To-me la pas-ti-lla con a-gua. = 2+1+3+1+2 = 9 syllables, 5 words
 * No la to-me con el es-tó-ma-go va-cí-o. = 1+1+2+1+1+4+3 = 13 syllables, 7 words
 * Total 22 syllables, 12 words, 2 sentences: 22/12 = 1.8333 syllables a word, 6 words a sentence.
 * Fernández-Huerta 206.84 − 110 − 6.12 = 90.72; Szigriszt-Pazos 206.835 − 114.2167 − 6 = 86.618 (> 80: muy fácil).
 */
const PILL = 'Tome la pastilla con agua. No la tome con el estómago vacío.'

/**
 * El do-lor de es-pal-da me-jo-ra en po-cas se-ma-nas. = 1+2+1+3+3+1+2+3 = 16 syllables, 8 words
 * Man-ten-ga u-na ac-ti-vi-dad mo-de-ra-da y e-vi-te el re-po-so pro-lon-ga-do en la ca-ma.
 *   = 3+2+4+4+1+3+1+3+4+1+1+2 = 29 syllables, 12 words
 * Total 45 syllables, 20 words, 2 sentences: 2.25 syllables a word, 10 words a sentence.
 * Fernández-Huerta 206.84 − 135 − 10.2 = 61.64; Szigriszt-Pazos 206.835 − 140.175 − 10 = 56.66 (55–65: normal).
 */
const BACK_PAIN = 'El dolor de espalda mejora en pocas semanas. Mantenga una actividad moderada y evite el reposo prolongado en la cama.'

/**
 * One sentence of 24 words:
 * La(1) ad-mi-nis-tra-ción(5) si-mul-tá-ne-a(5) de(1) va-rios(2) me-di-ca-men-tos(5) an-ti-in-fla-ma-to-rios(7)
 * in-cre-men-ta(4) con-si-de-ra-ble-men-te(7) la(1) pro-ba-bi-li-dad(5) de(1) com-pli-ca-cio-nes(5) di-ges-ti-vas(4),
 * es-pe-cial-men-te(5) en(1) pa-cien-tes(3) de(1) e-dad(2) a-van-za-da(4) con(1) an-te-ce-den-tes(5) de(1) úl-ce-ra(3)
 * = 79 syllables: 79/24 = 3.2917 syllables a word, 24 words a sentence.
 * Fernández-Huerta 206.84 − 197.5 − 24.48 = −15.14; Szigriszt-Pazos 206.835 − 205.0708 − 24 = −22.236 (< 40: muy difícil).
 */
const LEAFLET =
  'La administración simultánea de varios medicamentos antiinflamatorios incrementa considerablemente la probabilidad de complicaciones digestivas, especialmente en pacientes de edad avanzada con antecedentes de úlcera.'

describe('fernandezHuerta', () => {
  it('uses the corrected formula: 20 words, 45 syllables, 2 sentences score 61.64', () => {
    // 206.84 − 60 × 45/20 − 1.02 × 20/2 = 206.84 − 135 − 10.2
    expect(fernandezHuerta({ sentences: 2, words: 20, syllables: 45 })).toBeCloseTo(61.64, 2)
  })

  it('scores the same words in shorter sentences as easier (the quoted form with sentences per 100 words does the opposite)', () => {
    const inOneSentence = fernandezHuerta({ sentences: 1, words: 20, syllables: 45 })!
    const inFourSentences = fernandezHuerta({ sentences: 4, words: 20, syllables: 45 })!
    expect(inFourSentences).toBeGreaterThan(inOneSentence)
    // 1.02 × (20 − 5) words a sentence fewer
    expect(inFourSentences - inOneSentence).toBeCloseTo(15.3, 5)
  })

  it('has no score without text', () => {
    expect(fernandezHuerta({ sentences: 0, words: 0, syllables: 0 })).toBeNull()
  })
})

describe('szigrisztPazos', () => {
  it('follows Szigriszt-Pazos 1993: 20 words, 45 syllables, 2 sentences score 56.66', () => {
    // 206.835 − 62.3 × 45/20 − 20/2 = 206.835 − 140.175 − 10
    expect(szigrisztPazos({ sentences: 2, words: 20, syllables: 45 })).toBeCloseTo(56.66, 2)
  })

  it('has no score without text', () => {
    expect(szigrisztPazos({ sentences: 0, words: 0, syllables: 0 })).toBeNull()
  })
})

describe('infleszBand', () => {
  it.each([
    [39.9, 'very-difficult', 'muy difícil'],
    [40, 'somewhat-difficult', 'algo difícil'],
    [54.9, 'somewhat-difficult', 'algo difícil'],
    [55, 'normal', 'normal'],
    [64.9, 'normal', 'normal'],
    [65, 'fairly-easy', 'bastante fácil'],
    [80, 'fairly-easy', 'bastante fácil'],
    [80.1, 'very-easy', 'muy fácil'],
    [-22.2, 'very-difficult', 'muy difícil'],
  ] as const)('puts %d in "%s" (%s)', (score, code, labelEs) => {
    expect(infleszBand(score)).toMatchObject({ code, labelEs })
  })

  it('labels every band in English for staff', () => {
    expect([20, 50, 60, 70, 90].map((score) => infleszBand(score).label)).toEqual([
      'very difficult',
      'somewhat difficult',
      'normal',
      'fairly easy',
      'very easy',
    ])
  })
})

describe('analyzeSpanishReadability', () => {
  it('scores a short, plain passage as muy fácil (figures worked by hand above PILL)', () => {
    expect(analyzeSpanishReadability([PILL])).toMatchObject({
      sentences: 2,
      words: 12,
      syllables: 22,
      fernandezHuerta: 90.7,
      szigrisztPazos: 86.6,
      infleszBand: { code: 'very-easy', labelEs: 'muy fácil' },
      longWordCount: 1,
      longWords: [{ word: 'estómago', syllables: 4, count: 1 }],
      longSentences: [],
    })
  })

  it('scores everyday advice as normal (figures worked by hand above BACK_PAIN)', () => {
    const report = analyzeSpanishReadability([BACK_PAIN])
    expect(report).toMatchObject({ sentences: 2, words: 20, syllables: 45, fernandezHuerta: 61.6, szigrisztPazos: 56.7 })
    expect(report.infleszBand).toEqual({ code: 'normal', label: 'normal', labelEs: 'normal' })
    expect(report.longWords.map((entry) => entry.word)).toEqual(['actividad', 'moderada', 'prolongado'])
  })

  it('scores a leaflet-style sentence as muy difícil and lists its long words and the long sentence (worked above LEAFLET)', () => {
    const report = analyzeSpanishReadability([LEAFLET])
    expect(report).toMatchObject({ sentences: 1, words: 24, syllables: 79, fernandezHuerta: -15.1, szigrisztPazos: -22.2, longWordCount: 12 })
    expect(report.infleszBand?.code).toBe('very-difficult')
    expect(report.longWords.map((entry) => `${entry.word} ${entry.syllables}`)).toEqual([
      'antiinflamatorios 7',
      'considerablemente 7',
      'administración 5',
      'antecedentes 5',
      'complicaciones 5',
      'especialmente 5',
      'medicamentos 5',
      'probabilidad 5',
      'simultánea 5',
      'avanzada 4',
      'digestivas 4',
      'incrementa 4',
    ])
    expect(report.longSentences).toEqual([{ sentence: LEAFLET, words: 24 }])
  })

  it("scores the seeded topic's Spanish main message as bastante fácil", () => {
    // Duer-ma(2) bo-ca(2) a-rri-ba(3) con(1) u-na(2) al-mo-ha-da(4) ba-jo(2) el(1) cue-llo(2) y(1) o-tra(2) ba-jo(2) las(1) ro-di-llas(3)
    //   = 28 syllables, 14 words
    // Mue-va(2) los(1) hom-bros(2) con(1) sua-vi-dad(3) ca-da(2) dí-a(2) = 13 syllables, 7 words
    // Total 41 syllables, 21 words, 2 sentences: 1.95238 syllables a word, 10.5 words a sentence.
    // Fernández-Huerta 206.84 − 117.1429 − 10.71 = 78.987; Szigriszt-Pazos 206.835 − 121.6333 − 10.5 = 74.702 (65–80: bastante fácil).
    const report = analyzeSpanishReadability([
      'Duerma boca arriba con una almohada bajo el cuello y otra bajo las rodillas. Mueva los hombros con suavidad cada día.',
    ])
    expect(report).toMatchObject({
      sentences: 2,
      words: 21,
      syllables: 41,
      fernandezHuerta: 79,
      szigrisztPazos: 74.7,
      infleszBand: { code: 'fairly-easy', labelEs: 'bastante fácil' },
      longWords: [{ word: 'almohada', syllables: 4, count: 1 }],
    })
  })

  it('adds passages up before applying the formulas', () => {
    // 12 + 20 = 32 words, 22 + 45 = 67 syllables, 4 sentences: 2.09375 syllables a word, 8 words a sentence.
    // Fernández-Huerta 206.84 − 125.625 − 8.16 = 73.055; Szigriszt-Pazos 206.835 − 130.4406 − 8 = 68.394.
    expect(analyzeSpanishReadability([PILL, BACK_PAIN])).toMatchObject({
      sentences: 4,
      words: 32,
      syllables: 67,
      fernandezHuerta: 73.1,
      szigrisztPazos: 68.4,
      infleszBand: { code: 'fairly-easy' },
    })
  })

  it('counts ¿…? and ¡…! as sentences, a bullet without a full stop as one, and skips numerals', () => {
    // ¿Le (1) due-le (2) la (1) es-pal-da (3)? | ¡Lla-me (2) al (1) mé-di-co (3)! | To-me (2) pa-ra-ce-ta-mol (5) ca-da (2) ho-ras (2)
    // "8" is not a word: 11 words, 24 syllables, 3 sentences.
    const report = analyzeSpanishReadability(['¿Le duele la espalda? ¡Llame al médico!', 'Tome paracetamol cada 8 horas'])
    expect(report).toMatchObject({ sentences: 3, words: 11, syllables: 24 })
  })

  it('keeps "Dra." and "p. ej." inside their sentence', () => {
    expect(analyzeSpanishReadability(['Pregunte a la Dra. García. Use calor, p. ej. una manta.']).sentences).toBe(2)
  })

  it('has no scores and no band for empty text', () => {
    expect(analyzeSpanishReadability([])).toMatchObject({ fernandezHuerta: null, szigrisztPazos: null, infleszBand: null, words: 0 })
    expect(analyzeSpanishReadability(['  ', '—']).szigrisztPazos).toBeNull()
  })

  it('scores plain Spanish higher than the same advice in complex wording', () => {
    const plain = analyzeSpanishReadability(['Duerma boca arriba. Ponga una almohada bajo las rodillas. Llame si el dolor empeora.'])
    const complex = analyzeSpanishReadability([
      'Mantener una posición neutra de la columna vertebral resulta fundamental para optimizar la postura durante el descanso nocturno, siendo aconsejable la consulta profesional si las molestias persisten.',
    ])
    // Spanish runs to more syllables a word than English: even this plain version is "normal", not "fácil".
    expect(plain.szigrisztPazos!).toBeGreaterThan(55)
    expect(complex.szigrisztPazos!).toBeLessThan(40)
    expect(plain.fernandezHuerta!).toBeGreaterThan(complex.fernandezHuerta! + 30)
  })
})
