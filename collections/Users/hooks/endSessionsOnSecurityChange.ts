import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

function sameRoles(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  const left = [...(a ?? [])].sort()
  const right = [...(b ?? [])].sort()
  return left.length === right.length && left.every((role, index) => role === right[index])
}

/**
 * A role change, disabling the account or a new password ends every session
 * of that user at its next request: sessions carry `sessionVersion` and are
 * refused once it moves on (lib/auth/resolveSessionUser.ts).
 */
export const endSessionsOnSecurityChange: CollectionBeforeChangeHook<User> = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  const newPassword = typeof (data as { password?: unknown }).password === 'string'
  const rolesChanged = data.roles !== undefined && !sameRoles(data.roles, originalDoc.roles)
  const disabled = data.disabled === true && !originalDoc.disabled
  if (newPassword || rolesChanged || disabled) {
    data.sessionVersion = (originalDoc.sessionVersion ?? 0) + 1
    // Payload's own REST sessions (local-jwt, checked by session id) end with them.
    data.sessions = []
  }
  return data
}
