import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * Read rule for handouts (issue 6): a clinician reads their own handouts and,
 * read-only, those of colleagues an admin marked as sharing with the clinic
 * (`users.sharesHandoutsWithClinic`, admin-only field), never soft-deleted
 * ones. Writes stay with `ownedAndNotDeletedOrAdmin`. The query crosses the
 * `clinician` relationship; Payload validates only the caller's own `where`
 * against the users' read rule, not this access result, so the join sees the
 * flag of every owner.
 */
export const ownOrSharedByColleagueNotDeleted: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'clinician')) return false
  const readable: Where = {
    and: [{ or: [{ clinician: { equals: user.id } }, { 'clinician.sharesHandoutsWithClinic': { equals: true } }] }, { deletedAt: { exists: false } }],
  }
  return readable
}
