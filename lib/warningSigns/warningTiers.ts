/**
 * How urgent a warning sign is. The order is the order a patient reads them:
 * an emergency first. Plain data with no imports, so the Payload config, the
 * request thread and the PDF worker can all load it.
 */
export const WARNING_TIERS = ['emergency', 'today', 'watch'] as const

export type WarningTier = (typeof WARNING_TIERS)[number]

/** What an editor picks in the admin. */
export const WARNING_TIER_OPTIONS: ReadonlyArray<{ label: string; value: WarningTier }> = [
  { label: 'Call 911 now', value: 'emergency' },
  { label: 'Call your doctor now or today', value: 'today' },
  { label: 'Watch closely: call if not better in a few days', value: 'watch' },
]

/** Days a "watch closely" sign may last before the patient calls, unless the editor sets another number. */
export const DEFAULT_WATCH_DAYS = 3

export function isWarningTier(value: unknown): value is WarningTier {
  return typeof value === 'string' && (WARNING_TIERS as readonly string[]).includes(value)
}
