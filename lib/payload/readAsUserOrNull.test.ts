import { Forbidden, NotFound, type Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'

import { readAsUserOrNull } from './readAsUserOrNull'

const user = { id: 1, roles: ['clinician'] } as unknown as PortalUser

function payloadWhoseRead(result: () => Promise<unknown>) {
  const findByID = vi.fn(result)
  return { payload: { findByID } as unknown as Payload, findByID }
}

describe('readAsUserOrNull', () => {
  it('reads as the user, with access rules applied, and returns the document', async () => {
    const { payload, findByID } = payloadWhoseRead(() => Promise.resolve({ id: 7 }))
    await expect(readAsUserOrNull({ payload, user, collection: 'handouts', id: 7 })).resolves.toEqual({ id: 7 })
    expect(findByID).toHaveBeenCalledWith(expect.objectContaining({ collection: 'handouts', id: 7, depth: 0, user, overrideAccess: false }))
  })

  it('returns null when the document is missing or not the user’s to read', async () => {
    await expect(readAsUserOrNull({ ...payloadWhoseRead(() => Promise.reject(new NotFound())), user, collection: 'handouts', id: 7 })).resolves.toBeNull()
    await expect(readAsUserOrNull({ ...payloadWhoseRead(() => Promise.reject(new Forbidden())), user, collection: 'handouts', id: 7 })).resolves.toBeNull()
  })

  it('returns null without asking the database for an id no row can have', async () => {
    const { payload, findByID } = payloadWhoseRead(() => Promise.resolve({ id: 7 }))
    for (const id of [0, -1, 1.5, Number.NaN, 2_147_483_648, Number.MAX_SAFE_INTEGER]) {
      await expect(readAsUserOrNull({ payload, user, collection: 'handouts', id })).resolves.toBeNull()
    }
    expect(findByID).not.toHaveBeenCalled()
  })

  it('rethrows any other failure rather than showing it as absent', async () => {
    const failure = new Error('connection refused')
    await expect(readAsUserOrNull({ ...payloadWhoseRead(() => Promise.reject(failure)), user, collection: 'handouts', id: 7 })).rejects.toBe(failure)
  })
})
