import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Builds an access rule for documents that belong to one user through a
 * relationship field: the owner sees them, admins see all, nobody else does.
 * Patient handouts are PHI, so this is the rule, not an exception.
 */
export function ownedByUserOrAdmin(ownerField: string): Access {
  return ({ req: { user } }) => {
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, 'clinician')) return false
    return { [ownerField]: { equals: user.id } }
  }
}
