import { describe, expect, it } from 'vitest'

import { analyzeSpanishReadability } from './analyzeSpanishReadability'
import { DEFAULT_SPANISH_READABILITY_TARGET, meetsSpanishReadabilityTarget } from './spanishReadabilityTarget'

describe('meetsSpanishReadabilityTarget', () => {
  it('defaults to INFLESZ 65, the start of "bastante fácil", and counts the boundary as met', () => {
    expect(DEFAULT_SPANISH_READABILITY_TARGET).toBe(65)
    expect(meetsSpanishReadabilityTarget({ szigrisztPazos: 65 })).toBe(true)
    expect(meetsSpanishReadabilityTarget({ szigrisztPazos: 64.9 })).toBe(false)
  })

  it('takes a clinic target instead of the default', () => {
    expect(meetsSpanishReadabilityTarget({ szigrisztPazos: 56.7 }, 55)).toBe(true)
    expect(meetsSpanishReadabilityTarget({ szigrisztPazos: 56.7 })).toBe(false)
  })

  it('judges a real report: the seeded main message (74.7) meets it, leaflet wording does not', () => {
    const seeded = analyzeSpanishReadability([
      'Duerma boca arriba con una almohada bajo el cuello y otra bajo las rodillas. Mueva los hombros con suavidad cada día.',
    ])
    const leaflet = analyzeSpanishReadability([
      'La administración simultánea de varios medicamentos antiinflamatorios incrementa considerablemente la probabilidad de complicaciones digestivas.',
    ])
    expect(meetsSpanishReadabilityTarget(seeded)).toBe(true)
    expect(meetsSpanishReadabilityTarget(leaflet)).toBe(false)
  })

  it('does not fail text too short to score', () => {
    expect(meetsSpanishReadabilityTarget(analyzeSpanishReadability([]))).toBe(true)
  })
})
