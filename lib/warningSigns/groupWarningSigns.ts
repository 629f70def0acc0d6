import { EMERGENCY_NUMBER } from '@/lib/clinic/emergencyNumber'
import type { PatientMessages } from '@/lib/i18n/patientMessages'

import { WARNING_TIERS, type WarningTier } from './warningTiers'

export interface WarningSign {
  text: string
  /** Null only for signs migrated from the old single list that nobody has tiered yet. */
  tier: WarningTier | null
  reason?: string | null
}

export interface WarningSignGroup {
  /** Null: the untiered signs, shown under the section's own intro as before tiers existed. */
  tier: WarningTier | null
  heading: string | null
  signs: WarningSign[]
}

/** The words a tier heading needs from a message catalogue (lib/i18n/messages). */
export type WarningTierMessages = Pick<PatientMessages, 'warningTierEmergency' | 'warningTierToday' | 'warningTierWatch'>

/** The heading a tier shows to the patient: the action, not a severity label. */
export function warningTierHeading(tier: WarningTier, watchDays: number, messages: WarningTierMessages): string {
  switch (tier) {
    case 'emergency':
      return messages.warningTierEmergency(EMERGENCY_NUMBER)
    case 'today':
      return messages.warningTierToday
    case 'watch':
      return messages.warningTierWatch(watchDays)
  }
}

/**
 * The signs in the order a patient must read them: 911 first, then today,
 * then watch; untiered signs last (they keep the section's intro as their
 * only instruction). Empty tiers are left out. Headings in `messages`' language.
 */
export function groupWarningSigns(signs: readonly WarningSign[], watchDays: number, messages: WarningTierMessages): WarningSignGroup[] {
  const groups: WarningSignGroup[] = WARNING_TIERS.map((tier) => ({
    tier,
    heading: warningTierHeading(tier, watchDays, messages),
    signs: signs.filter((sign) => sign.tier === tier),
  }))
  groups.push({ tier: null, heading: null, signs: signs.filter((sign) => sign.tier === null) })
  return groups.filter((group) => group.signs.length > 0)
}
