import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'reviewer', 'clinician'] as const
export type Role = (typeof ROLES)[number]

/** Payload passes `req.user` as any authenticated collection's document, or null. */
type MaybeUser = Pick<User, 'roles'> | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  if (!user?.roles) return false
  return user.roles.some((role) => roles.includes(role))
}
