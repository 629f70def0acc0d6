import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readCachedClinic } from '@/lib/clinic/cachedClinic'
import { CLINIC_CHANGED_CHANNEL, createListeningPgClient, DatabaseListener } from '@/lib/db/databaseListener'

import { getTestPayload } from './testPayload'

let payload: Payload
/** Plays another server process: its own listening connection, as every instance has. */
let otherInstance: DatabaseListener

beforeAll(async () => {
  payload = await getTestPayload()
  otherInstance = new DatabaseListener({ createClient: () => createListeningPgClient(process.env.DATABASE_URL!), log: () => undefined })
  await otherInstance.start()
})

afterAll(async () => {
  await otherInstance.stop()
})

describe('clinic edits reach every instance', () => {
  it('an admin save announces itself with NOTIFY at commit, and a cache kept by another instance reads the new values at once', async () => {
    expect(otherInstance.listening).toBe(true)
    const original = await payload.findGlobal({ slug: 'clinic', overrideAccess: true })
    const cached = await readCachedClinic(payload, otherInstance)
    expect(cached.name).toBe(original.name)
    const before = otherInstance.version(CLINIC_CHANGED_CHANNEL)

    try {
      await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { phone: '+1 555 0199' } })
      await expect.poll(() => otherInstance.version(CLINIC_CHANGED_CHANNEL), { timeout: 1_000, interval: 20 }).not.toBe(before)
      expect((await readCachedClinic(payload, otherInstance)).phone).toBe('+1 555 0199')
    } finally {
      const restoring = otherInstance.version(CLINIC_CHANGED_CHANNEL)
      await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { phone: original.phone ?? null } })
      await expect.poll(() => otherInstance.version(CLINIC_CHANGED_CHANNEL), { timeout: 1_000, interval: 20 }).not.toBe(restoring)
    }
  })

  it('a save that fails announces nothing (the NOTIFY goes with the rolled-back transaction)', async () => {
    const before = otherInstance.version(CLINIC_CHANGED_CHANNEL)
    await expect(payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { accentColor: 'not a colour' } })).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(otherInstance.version(CLINIC_CHANGED_CHANNEL)).toBe(before)
  })
})
