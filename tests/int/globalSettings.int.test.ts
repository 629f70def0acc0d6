import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'

import { createTestUser, getTestPayload } from './testPayload'

let payload: Payload
let admin: PortalUser

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createTestUser(payload, ['admin'])
})

async function latestEvent(action: 'clinic.update' | 'settings.update') {
  const { docs } = await payload.find({
    collection: 'audit-events',
    overrideAccess: true,
    where: { and: [{ action: { equals: action } }, { actor: { equals: admin.id } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
  })
  return docs[0]
}

describe('clinic settings an admin cannot get wrong', () => {
  const as = () => ({ slug: 'clinic' as const, user: admin, overrideAccess: false, depth: 0 })

  it('refuses a phone number too short to dial, with a message that says what is needed', async () => {
    await expect(payload.updateGlobal({ ...as(), data: { phone: '555' } })).rejects.toThrow(/phone/i)
    await expect(payload.updateGlobal({ ...as(), data: { phone: '555' } })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'phone', message: expect.stringMatching(/at least 10 digits/) })] },
    })
    expect((await payload.findGlobal({ slug: 'clinic', overrideAccess: true })).phone).not.toBe('555')
  })

  it('refuses an accent colour that fails WCAG AA contrast on white', async () => {
    await expect(payload.updateGlobal({ ...as(), data: { accentColor: '#ffff66' } })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'accentColor', message: expect.stringMatching(/too light for text on white/) })] },
    })
  })

  it('audits a change as clinic.update with the changed field names only', async () => {
    const before = await payload.findGlobal({ slug: 'clinic', overrideAccess: true, depth: 0 })
    await payload.updateGlobal({ ...as(), data: { phone: '+1 555 010 0142', accentColor: '#1d4ed8' } })
    const event = await latestEvent('clinic.update')
    expect(event).toMatchObject({ action: 'clinic.update', targetCollection: 'clinic', detail: 'fields accentColor,phone' })
    expect(JSON.stringify(event)).not.toContain('010 0142')
    await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { phone: before.phone, accentColor: before.accentColor } })
  })
})

describe('sign-in settings', () => {
  it('audits a change as settings.update with the changed field names', async () => {
    const before = await payload.findGlobal({ slug: 'sign-in-settings', overrideAccess: true })
    await payload.updateGlobal({
      slug: 'sign-in-settings',
      user: admin,
      overrideAccess: false,
      data: { ssoDefaultRole: before.ssoDefaultRole === 'editor' ? 'clinician' : 'editor' },
    })
    expect(await latestEvent('settings.update')).toMatchObject({ targetCollection: 'sign-in-settings', detail: 'fields ssoDefaultRole' })
    await payload.updateGlobal({ slug: 'sign-in-settings', overrideAccess: true, data: { ssoDefaultRole: before.ssoDefaultRole } })
  })
})
