import { hasRole, type Role } from '@/access/roles'

/**
 * Where someone lands after signing in without a page to return to: where
 * their work is. Clinicians make handouts in the library; editors and
 * reviewers work in the CMS; admins do both, so they choose (null).
 */
export function landingPathFor(user: { roles: Role[] }): '/library' | '/admin' | null {
  if (hasRole(user, 'admin')) return null
  if (hasRole(user, 'clinician')) return '/library'
  if (hasRole(user, 'editor', 'reviewer')) return '/admin'
  return '/library'
}
