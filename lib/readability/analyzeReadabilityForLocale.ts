import type { Locale } from '@/lib/i18n/locales'

import { analyzeReadability, type ReadabilityReport } from './analyzeReadability'
import { analyzeSpanishReadability, type SpanishReadabilityReport } from './analyzeSpanishReadability'

export interface EnglishLocaleReadability extends ReadabilityReport {
  locale: 'en'
}

export interface SpanishLocaleReadability extends SpanishReadabilityReport {
  locale: 'es'
}

/** A readability report tagged with the language it was measured in; each language has its own formulas. */
export type LocaleReadability = EnglishLocaleReadability | SpanishLocaleReadability

/**
 * Readability of passages written in the given locale: Flesch-Kincaid and
 * SMOG for English, Fernández-Huerta and Szigriszt-Pazos (INFLESZ) for
 * Spanish. English formulas applied to Spanish text (or the reverse) give
 * meaningless figures, so a locale without formulas is a type error here
 * rather than a silent fallback.
 */
export function analyzeReadabilityForLocale(locale: Locale, passages: readonly string[]): LocaleReadability {
  switch (locale) {
    case 'en':
      return { locale, ...analyzeReadability(passages) }
    case 'es':
      return { locale, ...analyzeSpanishReadability(passages) }
    default: {
      const unsupported: never = locale
      throw new Error(`No readability formulas for locale ${String(unsupported)}`)
    }
  }
}

/**
 * One line for the admin: "Grade 5.8 (Flesch-Kincaid)" or "INFLESZ 74.7 ·
 * bastante fácil (Fernández-Huerta 79)". The INFLESZ band keeps its Spanish
 * name, the scale's own wording, which staff reviewing Spanish text meet in
 * the literature.
 */
export function summarizeReadability(report: LocaleReadability): string {
  switch (report.locale) {
    case 'en':
      return report.fleschKincaidGrade === null ? 'No text to grade' : `Grade ${report.fleschKincaidGrade} (Flesch-Kincaid)`
    case 'es':
      return report.szigrisztPazos === null || report.infleszBand === null
        ? 'No text to score'
        : `INFLESZ ${report.szigrisztPazos} · ${report.infleszBand.labelEs} (Fernández-Huerta ${report.fernandezHuerta})`
  }
}
