import type { WarningTier } from '@/lib/warningSigns/warningTiers'

/**
 * One icon per tier, so tiers differ by shape as well as by heading and
 * order, never by colour alone: a stop sign for 911, a clock for "today", an
 * eye for "watch". 24 × 24 paths drawn with the even-odd rule (the marks are
 * holes), shared by the web view, the patient page and the PDF.
 */
export const WARNING_TIER_ICON_PATHS: Record<WarningTier, string> = {
  emergency: 'M7.5 1.5h9l6 6v9l-6 6h-9l-6-6v-9Zm3.25 4.5v8.5h2.5V6Zm0 10.5v2.5h2.5v-2.5Z',
  today: 'M12 1.5a10.5 10.5 0 1 0 0 21a10.5 10.5 0 1 0 0-21Zm-1.25 4h2.5v5.98l3.9 3.9-1.77 1.77-4.63-4.63Z',
  watch: 'M12 4.5C6.2 4.5 2.2 9.2 1 12c1.2 2.8 5.2 7.5 11 7.5s9.8-4.7 11-7.5c-1.2-2.8-5.2-7.5-11-7.5Zm0 3.5a4 4 0 1 0 0 8a4 4 0 1 0 0-8Z',
}
