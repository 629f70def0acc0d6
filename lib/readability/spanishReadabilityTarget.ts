import type { SpanishReadabilityReport } from './analyzeSpanishReadability'

/**
 * The lowest Szigriszt-Pazos score Spanish patient materials should have
 * unless the clinic sets another: 65, the bottom of INFLESZ's "bastante
 * fácil" band (Barrio-Cantalejo et al. 2008). Studies of Spanish patient
 * texts take 55, the bottom of "normal", as the least acceptable score (e.g.
 * Ballesteros-Peña & Fernández-Aedo, drug package leaflets, An Sist Sanit
 * Navar 2013;36(3)). We aim one band higher for the reason the English target
 * is grade 6 rather than the average adult's level (AMA, NIH): patients read
 * under stress, and many read below the average. Higher scores are easier,
 * so this target is a minimum where the English one is a maximum.
 */
export const DEFAULT_SPANISH_READABILITY_TARGET = 65

/**
 * Whether a Spanish report reaches the target. Text too short to score has
 * nothing to fail, as with the English grade flags; callers that grade
 * sections on their own apply MIN_WORDS_TO_GRADE_SECTION first.
 */
export function meetsSpanishReadabilityTarget(
  report: Pick<SpanishReadabilityReport, 'szigrisztPazos'>,
  target: number = DEFAULT_SPANISH_READABILITY_TARGET,
): boolean {
  return report.szigrisztPazos === null || report.szigrisztPazos >= target
}
