import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { verifyCredentials } from '@/lib/auth/verifyCredentials'
import { DEMO_ACCOUNTS } from '@/lib/seed/demoAccounts'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('topics', () => {
  it('hide drafts from clinicians and anonymous readers but not from editors', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const clinician = await createTestUser(payload, ['clinician'])
    const draft = await payload.create({
      collection: 'topics',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: 'Draft topic for access test', summary: 'Not ready.', sections: [], _status: 'draft' },
    })
    const asClinician = await payload.find({ collection: 'topics', user: clinician, overrideAccess: false, where: { id: { equals: draft.id } } })
    expect(asClinician.totalDocs).toBe(0)
    const anonymous = await payload.find({ collection: 'topics', overrideAccess: false, where: { id: { equals: draft.id } } })
    expect(anonymous.totalDocs).toBe(0)
    const asEditor = await payload.find({ collection: 'topics', user: editor, overrideAccess: false, draft: true, where: { id: { equals: draft.id } } })
    expect(asEditor.totalDocs).toBe(1)
  })

  it('can be written by editors but not clinicians, and deleted only by admins', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    const editor = await createTestUser(payload, ['editor'])
    await expect(
      payload.create({ collection: 'topics', user: clinician, overrideAccess: false, draft: true, data: { title: 'Nope', summary: 'x', sections: [] } }),
    ).rejects.toThrow()
    const topic = await findSeededTopic(payload)
    await expect(payload.delete({ collection: 'topics', id: topic.id, user: editor, overrideAccess: false })).rejects.toThrow()
  })
})

describe('users', () => {
  it('cannot raise their own role', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    const updated = await payload.update({ collection: 'users', id: clinician.id, user: clinician, overrideAccess: false, data: { roles: ['admin'] } })
    expect(updated.roles).toEqual(['clinician'])
  })

  it('cannot read other users', async () => {
    const a = await createTestUser(payload, ['clinician'])
    const b = await createTestUser(payload, ['clinician'])
    await expect(payload.findByID({ collection: 'users', id: b.id, user: a, overrideAccess: false })).rejects.toThrow()
  })
})

describe('audit events', () => {
  it('are append-only: nobody, admins included, can change or delete one through the API', async () => {
    const admin = await createTestUser(payload, ['admin'])
    // Its own event, so the test does not depend on which test file ran before it.
    await recordAuditEvent({ payload, action: 'auth.signin', actorId: admin.id })
    const { docs } = await payload.find({ collection: 'audit-events', user: admin, overrideAccess: false, limit: 1 })
    const event = docs[0]
    expect(event).toBeDefined()
    await expect(
      payload.update({ collection: 'audit-events', id: event!.id, user: admin, overrideAccess: false, data: { action: 'auth.fail' } }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-events', id: event!.id, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(payload.create({ collection: 'audit-events', user: admin, overrideAccess: false, data: { action: 'auth.fail' } })).rejects.toThrow()
  })
})

describe('verifyCredentials', () => {
  const demo = DEMO_ACCOUNTS.find((account) => account.roles.includes('clinician'))!

  it('accepts the right password and refuses a wrong one or an unknown email alike', async () => {
    expect(await verifyCredentials(payload, demo.email, demo.password)).toMatchObject({ email: demo.email, roles: ['clinician'] })
    expect(await verifyCredentials(payload, demo.email.toUpperCase(), demo.password)).toMatchObject({ email: demo.email })
    expect(await verifyCredentials(payload, demo.email, 'wrong-password-123')).toBeNull()
    expect(await verifyCredentials(payload, 'nobody@careleaf.local', demo.password)).toBeNull()
  })

  it('stores no clear-text password', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: demo.email } }, overrideAccess: true, showHiddenFields: true })
    expect(JSON.stringify(docs[0])).not.toContain(demo.password)
  })
})
