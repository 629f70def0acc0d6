/** The expiry choices a clinician gets when sharing; 30 days unless they pick another. */
export const SHARE_LINK_VALIDITY_DAYS = [7, 30, 90] as const
export type ShareLinkValidityDays = (typeof SHARE_LINK_VALIDITY_DAYS)[number]
export const DEFAULT_SHARE_LINK_DAYS: ShareLinkValidityDays = 30
const DAY_MS = 24 * 60 * 60 * 1000

export function isShareLinkValidityDays(value: unknown): value is ShareLinkValidityDays {
  return typeof value === 'number' && (SHARE_LINK_VALIDITY_DAYS as readonly number[]).includes(value)
}

export function shareLinkExpiresAt(now: Date, validForDays: ShareLinkValidityDays): Date {
  return new Date(now.getTime() + validForDays * DAY_MS)
}
