import { EMERGENCY_NUMBER } from '@/lib/clinic/emergencyNumber'

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

/** "3 days", "1 day", and whole weeks as weeks ("2 weeks"), which is how people say it. */
export function watchPeriod(days: number): string {
  if (days >= 14 && days % 7 === 0) return `${days / 7} weeks`
  if (days === 7) return '1 week'
  return days === 1 ? '1 day' : `${days} days`
}

/** The heading a tier shows to the patient: the action, not a severity label. */
export function warningTierHeading(tier: WarningTier, watchDays: number): string {
  switch (tier) {
    case 'emergency':
      return `Call ${EMERGENCY_NUMBER} now`
    case 'today':
      return 'Call your doctor now or today'
    case 'watch':
      return `Watch closely: call your doctor if not better in ${watchPeriod(watchDays)}`
  }
}

/**
 * The signs in the order a patient must read them: 911 first, then today,
 * then watch; untiered signs last (they keep the section's intro as their
 * only instruction). Empty tiers are left out.
 */
export function groupWarningSigns(signs: readonly WarningSign[], watchDays: number): WarningSignGroup[] {
  const groups: WarningSignGroup[] = WARNING_TIERS.map((tier) => ({
    tier,
    heading: warningTierHeading(tier, watchDays),
    signs: signs.filter((sign) => sign.tier === tier),
  }))
  groups.push({ tier: null, heading: null, signs: signs.filter((sign) => sign.tier === null) })
  return groups.filter((group) => group.signs.length > 0)
}
