import { describe, expect, it } from 'vitest'

import { analyzeReadability } from './analyzeReadability'
import { analyzeReadabilityForLocale, summarizeReadability, type LocaleReadability } from './analyzeReadabilityForLocale'
import { analyzeSpanishReadability } from './analyzeSpanishReadability'

const SPANISH = 'Duerma boca arriba con una almohada bajo el cuello y otra bajo las rodillas. Mueva los hombros con suavidad cada día.'
const ENGLISH = 'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.'

describe('analyzeReadabilityForLocale', () => {
  it('measures English with Flesch-Kincaid and SMOG', () => {
    const report = analyzeReadabilityForLocale('en', [ENGLISH])
    expect(report).toEqual({ locale: 'en', ...analyzeReadability([ENGLISH]) })
    expect(report).toMatchObject({ fleschKincaidGrade: 13.1 })
  })

  it('measures Spanish with Fernández-Huerta and Szigriszt-Pazos', () => {
    const report = analyzeReadabilityForLocale('es', [SPANISH])
    expect(report).toEqual({ locale: 'es', ...analyzeSpanishReadability([SPANISH]) })
    expect(report).toMatchObject({ syllables: 41, szigrisztPazos: 74.7 })
    expect(report).not.toHaveProperty('fleschKincaidGrade')
  })
})

describe('summarizeReadability', () => {
  it('names the English grade and its formula', () => {
    expect(summarizeReadability(analyzeReadabilityForLocale('en', [ENGLISH]))).toBe('Grade 13.1 (Flesch-Kincaid)')
  })

  it('names the INFLESZ score, its band in Spanish, and the Fernández-Huerta score', () => {
    // Worked by hand in analyzeSpanishReadability.test.ts: Szigriszt-Pazos 74.702, Fernández-Huerta 78.987.
    expect(summarizeReadability(analyzeReadabilityForLocale('es', [SPANISH]))).toBe('INFLESZ 74.7 · bastante fácil (Fernández-Huerta 79)')
  })

  it('says so when there is nothing to score', () => {
    expect(summarizeReadability(analyzeReadabilityForLocale('en', []))).toBe('No text to grade')
    expect(summarizeReadability(analyzeReadabilityForLocale('es', []))).toBe('No text to score')
  })

  it('narrows the report by locale for callers', () => {
    const report: LocaleReadability = analyzeReadabilityForLocale('es', [SPANISH])
    const headline = report.locale === 'es' ? report.infleszBand?.code : report.fleschKincaidGrade
    expect(headline).toBe('fairly-easy')
  })
})
