import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'

import { createTestUser, getTestPayload } from './testPayload'
import { restToken } from '../support/payloadRest'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** GET /api/audit-events/export.csv in-process, as the /api route serves it. */
async function exportCsv(query: string, token?: string): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
  const response = await handleEndpoints({ config: payload.config, request: new Request(`http://localhost/api/audit-events/export.csv?${query}`, { headers }) })
  return { status: response.status, text: await response.text() }
}

function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.trim().split('\r\n')
  const columns = header!.split(',')
  return rows.filter(Boolean).map((row) => Object.fromEntries(row.split(',').map((value, index) => [columns[index]!, value])))
}

describe('audit CSV export', () => {
  it('names each actor by id and by the email the admin list shows, and a patient visit by neither', async () => {
    const admin = await createTestUser(payload, ['admin'])
    const clinician = await createTestUser(payload, ['clinician'], 'Dr Export')
    await recordAuditEvent({ payload, action: 'handout.create', actorId: clinician.id, target: { collection: 'handouts', id: 424242 } })
    await recordAuditEvent({ payload, action: 'share.open', actorId: null, target: { collection: 'handouts', id: 424242 }, detail: 'link 0123456789' })

    const answer = await exportCsv('handout=424242', await restToken(payload, admin.email))
    expect(answer.status).toBe(200)
    expect(answer.text.split('\r\n')[0]).toBe('id,time,action,actorId,actorEmail,targetCollection,targetId,detail')
    expect(parseCsv(answer.text).map(({ action, actorId, actorEmail }) => ({ action, actorId, actorEmail }))).toEqual([
      { action: 'handout.create', actorId: String(clinician.id), actorEmail: clinician.email },
      { action: 'share.open', actorId: '', actorEmail: '' },
    ])
    // The email, never the name.
    expect(answer.text).not.toContain('Dr Export')
  })

  it('stays admins only: anonymous 401, every other role 403, with no email in the answer', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    await recordAuditEvent({ payload, action: 'auth.signin', actorId: clinician.id })
    expect((await exportCsv(`actor=${clinician.id}`)).status).toBe(401)
    for (const role of ['clinician', 'editor', 'reviewer'] as const) {
      const user = await createTestUser(payload, [role])
      const answer = await exportCsv(`actor=${clinician.id}`, await restToken(payload, user.email))
      expect(answer.status).toBe(403)
      expect(answer.text).not.toContain(clinician.email)
    }
  })
})
