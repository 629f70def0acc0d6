import { describe, expect, it } from 'vitest'

import type { AuditEvent } from '@/payload-types'

import { auditCsvHeader, auditCsvRow, csvField } from './auditCsv'

describe('audit CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(null)).toBe('')
  })

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
  })

  it('writes the actor by id and email, never by name', () => {
    const event = {
      id: 9,
      action: 'handout.pdf',
      actor: { id: 3, name: 'Dr Sam Rivera', email: 'sam@clinic.example' },
      targetCollection: 'handouts',
      targetId: '12',
      detail: null,
      createdAt: '2026-11-29T06:00:00.000Z',
      updatedAt: '2026-11-29T06:00:00.000Z',
    } as unknown as AuditEvent
    expect(auditCsvHeader()).toBe('id,time,action,actorId,actorEmail,targetCollection,targetId,detail\r\n')
    expect(auditCsvRow(event)).toBe('9,2026-11-29T06:00:00.000Z,handout.pdf,3,sam@clinic.example,handouts,12,\r\n')
    expect(auditCsvRow(event)).not.toContain('Rivera')
    // An unpopulated actor (id only) and a patient's own visit (no actor) leave the email empty.
    expect(auditCsvRow({ ...event, actor: 3 })).toBe('9,2026-11-29T06:00:00.000Z,handout.pdf,3,,handouts,12,\r\n')
    expect(auditCsvRow({ ...event, actor: null })).toBe('9,2026-11-29T06:00:00.000Z,handout.pdf,,,handouts,12,\r\n')
  })
})
