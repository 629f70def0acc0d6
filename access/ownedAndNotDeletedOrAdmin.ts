import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Like `ownedByUserOrAdmin`, for documents that are soft-deleted with a
 * `deletedAt` date: once deleted, the owner can no longer read, list, update
 * or download it. Admins still can, so an audit or a complaint can be answered.
 */
export function ownedAndNotDeletedOrAdmin(ownerField: string): Access {
  return ({ req: { user } }) => {
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, 'clinician')) return false
    return { and: [{ [ownerField]: { equals: user.id } }, { deletedAt: { exists: false } }] }
  }
}
