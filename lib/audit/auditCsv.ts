import type { AuditEvent } from '@/payload-types'

export const AUDIT_CSV_COLUMNS = ['id', 'time', 'action', 'actorId', 'targetCollection', 'targetId', 'detail'] as const

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

/** Ids only: the audit trail never holds PHI, and the export adds none (no names, no emails). */
export function auditCsvRow(event: AuditEvent): string {
  const actor = typeof event.actor === 'object' && event.actor !== null ? event.actor.id : event.actor
  return `${[event.id, event.createdAt, event.action, actor, event.targetCollection, event.targetId, event.detail].map(csvField).join(',')}\r\n`
}
