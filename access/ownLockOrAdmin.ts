import type { Access } from 'payload'

import { hasRole } from './roles'

/** A document lock may be cleared by the person holding it, or by an admin (a lock left behind must not block everyone). */
export const ownLockOrAdmin: Access = ({ req: { user } }) => {
  if (!user || !hasRole(user, 'admin', 'editor', 'reviewer')) return false
  if (hasRole(user, 'admin')) return true
  return { 'user.value': { equals: user.id } }
}
