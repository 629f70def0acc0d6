import { describe, expect, it } from 'vitest'

import { canManageHandout } from './canManageHandout'

describe('canManageHandout', () => {
  it('lets the owning clinician and admins manage, not a colleague who can only read it', () => {
    expect(canManageHandout({ id: 7, roles: ['clinician'] }, { clinician: 7 })).toBe(true)
    expect(canManageHandout({ id: 8, roles: ['clinician'] }, { clinician: 7 })).toBe(false)
    expect(canManageHandout({ id: 1, roles: ['admin'] }, { clinician: 7 })).toBe(true)
  })
  it('reads a populated owner too, and refuses an owner who is no longer a clinician', () => {
    expect(canManageHandout({ id: 7, roles: ['clinician'] }, { clinician: { id: 7 } as never })).toBe(true)
    expect(canManageHandout({ id: 7, roles: ['editor'] }, { clinician: 7 })).toBe(false)
  })
})
