import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/** A kit is read by its owner, by every clinician when shared with the clinic, and by admins. */
export const ownKitOrSharedWithClinic: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'clinician')) return false
  const ownOrShared: Where = { or: [{ owner: { equals: user.id } }, { sharedWithClinic: { equals: true } }] }
  return ownOrShared
}
