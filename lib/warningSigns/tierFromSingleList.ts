import type { WarningTier } from './warningTiers'

/**
 * The tier a whole pre-tier warning-sign list can be given without a person,
 * or null when that would be a guess. Used by the 20261130 migration, so its
 * rules are frozen: change them and a database migrated later would differ
 * from one migrated today.
 *
 * Unambiguous means the list's intro names one action and every sign fits
 * it: "Call 911 …" with only emergency signs, or "Call us …" with none. The
 * seeded list ("Call 911 … if you have: … a fever … weight loss …") is not:
 * a fever is not an emergency, so it waits for a reviewer.
 */
export function tierFromSingleList(intro: string | null | undefined, signs: readonly string[]): WarningTier | null {
  const introTier = introAction(intro ?? '')
  if (!introTier || signs.length === 0) return null
  const emergencies = signs.filter(isEmergencySign).length
  if (introTier === 'emergency') return emergencies === signs.length ? 'emergency' : null
  return emergencies === 0 ? 'today' : null
}

const EMERGENCY_INTRO = /\b(?:911|999|112|emergency|ambulance|A&E)\b/iu
const DOCTOR_INTRO = /\b(?:call|phone|contact|see|tell)\b.*\b(?:doctor|us|clinic|nurse|GP|provider|surgery|office)\b/iu

function introAction(intro: string): WarningTier | null {
  if (EMERGENCY_INTRO.test(intro)) return 'emergency'
  if (DOCTOR_INTRO.test(intro)) return 'today'
  return null
}

/** Signs that always mean an emergency, whatever the topic. */
const EMERGENCY_SIGNS = [
  /\bchest pain\b/iu,
  /\b(?:short(?:ness)? of breath|trouble breathing|hard to breathe|can(?:no|')t breathe|struggling to breathe)\b/iu,
  /\b(?:faint(?:ed|ing)?|pass(?:ed)? out|unconscious|unresponsive)\b/iu,
  /\b(?:numb(?:ness)?|weak(?:ness)?|paraly[sz]ed|paralysis)\b/iu,
  /\bconfus(?:ed|ion)\b/iu,
  /\bseizures?\b/iu,
  /\b(?:severe|heavy|uncontrolled) bleeding\b/iu,
  /\b(?:can(?:no|')t|unable to) control\b.*\b(?:pee|poop|urine|urinate|bladder|bowels?)\b/iu,
  /\bloss of (?:bladder|bowel) control\b/iu,
  /\b(?:stroke|slurred speech|face drooping)\b/iu,
  /\b(?:cough(?:ing)?|vomit(?:ing)?|throw(?:ing)? up) blood\b/iu,
]

export function isEmergencySign(sign: string): boolean {
  return EMERGENCY_SIGNS.some((pattern) => pattern.test(sign))
}
