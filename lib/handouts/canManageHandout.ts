import { hasRole } from '@/access/roles'
import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'
import type { Handout } from '@/payload-types'

/**
 * Owner-only actions on a handout the user could already read: sharing it,
 * refreshing it, deleting it. Reading is wider than this (colleagues of a
 * clinician who shares with the clinic read their handouts), so "I could
 * read it" must never stand in for "it is mine". Mirrors the update rule
 * (`ownedAndNotDeletedOrAdmin`) for a handout the read rule already let through.
 */
export function canManageHandout(user: Pick<PortalUser, 'id' | 'roles'>, handout: Pick<Handout, 'clinician'>): boolean {
  if (hasRole(user, 'admin')) return true
  const ownerId = relationId(handout.clinician)
  return hasRole(user, 'clinician') && ownerId === user.id
}
