import { describe, expect, it } from 'vitest'

import { ownedAndNotDeletedOrAdmin } from './ownedAndNotDeletedOrAdmin'
import { ownKitOrSharedWithClinic } from './ownKitOrSharedWithClinic'
import { ownOrSharedByColleagueNotDeleted } from './ownOrSharedByColleagueNotDeleted'

// Access functions only read `req.user`; a plain object stands in for the request.
function call(access: (args: never) => unknown, user: { id: number; roles: string[] } | null) {
  return access({ req: { user } } as never)
}

describe('ownedAndNotDeletedOrAdmin', () => {
  const rule = ownedAndNotDeletedOrAdmin('clinician')
  it('lets admins read everything, soft-deleted included', () => {
    expect(call(rule, { id: 1, roles: ['admin'] })).toBe(true)
  })
  it('limits clinicians to their own documents that are not deleted', () => {
    expect(call(rule, { id: 7, roles: ['clinician'] })).toEqual({ and: [{ clinician: { equals: 7 } }, { deletedAt: { exists: false } }] })
  })
  it('refuses editors and anonymous callers', () => {
    expect(call(rule, { id: 2, roles: ['editor'] })).toBe(false)
    expect(call(rule, null)).toBe(false)
  })
})

describe('ownKitOrSharedWithClinic', () => {
  it('lets a clinician read own kits and kits shared with the clinic', () => {
    expect(call(ownKitOrSharedWithClinic, { id: 3, roles: ['clinician'] })).toEqual({ or: [{ owner: { equals: 3 } }, { sharedWithClinic: { equals: true } }] })
  })
  it('refuses editors and anonymous callers, allows admins', () => {
    expect(call(ownKitOrSharedWithClinic, { id: 2, roles: ['editor'] })).toBe(false)
    expect(call(ownKitOrSharedWithClinic, null)).toBe(false)
    expect(call(ownKitOrSharedWithClinic, { id: 1, roles: ['admin'] })).toBe(true)
  })
})

describe('ownOrSharedByColleagueNotDeleted', () => {
  it('lets a clinician read own handouts and those of colleagues who share with the clinic, never deleted ones', () => {
    expect(call(ownOrSharedByColleagueNotDeleted, { id: 4, roles: ['clinician'] })).toEqual({
      and: [{ or: [{ clinician: { equals: 4 } }, { 'clinician.sharesHandoutsWithClinic': { equals: true } }] }, { deletedAt: { exists: false } }],
    })
  })
  it('refuses editors, reviewers and anonymous callers, allows admins', () => {
    expect(call(ownOrSharedByColleagueNotDeleted, { id: 2, roles: ['editor'] })).toBe(false)
    expect(call(ownOrSharedByColleagueNotDeleted, { id: 5, roles: ['reviewer'] })).toBe(false)
    expect(call(ownOrSharedByColleagueNotDeleted, null)).toBe(false)
    expect(call(ownOrSharedByColleagueNotDeleted, { id: 1, roles: ['admin'] })).toBe(true)
  })
})

describe('canExchangeContentPacks', () => {
  it('lets only admins export and import content packs', async () => {
    const { canExchangeContentPacks } = await import('./canExchangeContentPacks')
    expect(canExchangeContentPacks({ roles: ['admin'] })).toBe(true)
    for (const role of ['editor', 'reviewer', 'clinician'] as const) expect(canExchangeContentPacks({ roles: [role] })).toBe(false)
    expect(canExchangeContentPacks(null)).toBe(false)
  })
})
