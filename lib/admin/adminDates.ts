/**
 * How dates read in the admin: month as a word and the year always there
 * ("Jun 30, 2026"), so no reader has to guess whether 06/07 is June or July, or
 * which year a review falls due. In UTC, like every date Careleaf prints.
 */

/** date-fns pattern for Payload's own date fields and pickers (see readableAdminValues). */
export const ADMIN_DATE_DISPLAY_FORMAT = 'MMM d, yyyy'
export const ADMIN_DATE_TIME_DISPLAY_FORMAT = 'MMM d, yyyy h:mm a'

const ADMIN_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })
const ADMIN_DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "Jun 30, 2026", or null for a missing or unreadable date. */
export function formatAdminDate(iso: string | null | undefined): string | null {
  const date = parse(iso)
  return date ? ADMIN_DATE.format(date) : null
}

/** "Jun 30, 2026, 3:04 PM UTC", or null. */
export function formatAdminDateTime(iso: string | null | undefined): string | null {
  const date = parse(iso)
  return date ? `${ADMIN_DATE_TIME.format(date)} UTC` : null
}
