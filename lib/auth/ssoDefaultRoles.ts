import type { Role } from '@/access/roles'

/**
 * Roles a just-in-time provisioned SSO user may get. Never `admin`: an IdP
 * account must not become a Careleaf admin without an admin deciding so.
 */
export const SSO_DEFAULT_ROLES = ['clinician', 'editor', 'reviewer'] as const satisfies readonly Role[]
export type SsoDefaultRole = (typeof SSO_DEFAULT_ROLES)[number]

export function isSsoDefaultRole(value: unknown): value is SsoDefaultRole {
  return typeof value === 'string' && (SSO_DEFAULT_ROLES as readonly string[]).includes(value)
}
