import type { AuditEvent } from '@/payload-types'

export const AUDIT_CSV_COLUMNS = ['id', 'time', 'action', 'actorId', 'actorEmail', 'targetCollection', 'targetId', 'detail'] as const

/**
 * One CSV field (RFC 4180), defused for spreadsheets: a cell starting with
 * = + - @ or a control character is prefixed with ' so Excel never runs it
 * as a formula (OWASP "CSV injection").
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function auditCsvHeader(): string {
  return `${AUDIT_CSV_COLUMNS.join(',')}\r\n`
}

/**
 * The audit trail never holds PHI, and the export adds none. It names the staff
 * member who acted by id and by sign-in email, as the admin's audit list does,
 * so a reviewer need not look ids up; the email is there only when the actor
 * was read (populated) as the exporting admin. Never a name.
 */
export function auditCsvRow(event: AuditEvent): string {
  const populated = typeof event.actor === 'object' && event.actor !== null ? event.actor : null
  const actorId = typeof event.actor === 'number' ? event.actor : populated?.id
  return `${[event.id, event.createdAt, event.action, actorId, populated?.email, event.targetCollection, event.targetId, event.detail].map(csvField).join(',')}\r\n`
}
