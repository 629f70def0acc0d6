import type { Access } from 'payload'

import { hasRole } from './roles'

/** A user may read their own account; admins manage everyone's. */
export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
