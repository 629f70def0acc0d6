import { type CollectionBeforeValidateHook, type Payload, ValidationError } from 'payload'

import type { User } from '@/payload-types'

const CURRENT_PASSWORD_MESSAGE = 'Enter your current password to set a new one.'

/** Payload's own password check (its hash format, its lockout counter): a wrong guess here counts like a failed sign-in. */
async function passwordMatches(payload: Payload, email: string, password: string): Promise<boolean> {
  try {
    const { user } = await payload.login({ collection: 'users', data: { email, password } })
    return Boolean(user)
  } catch {
    return false
  }
}

/**
 * Setting one's own password needs the current one (`currentPassword`, a
 * virtual field): a stolen session or REST token must not be enough to take
 * the account over for good. Admins setting someone else's password are
 * audited instead (`auditPasswordReset`). `currentPassword` is never stored.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook<User> = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const { currentPassword, ...rest } = data
  const ownAccount = Boolean(req.user && originalDoc && req.user.collection === 'users' && req.user.id === originalDoc.id)
  if (operation !== 'update' || typeof rest.password !== 'string' || !ownAccount || !originalDoc) return rest
  const given = typeof currentPassword === 'string' && currentPassword.length > 0 && currentPassword.length <= 1024 ? currentPassword : null
  if (!given || !(await passwordMatches(req.payload, originalDoc.email, given))) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'currentPassword', message: CURRENT_PASSWORD_MESSAGE }] })
  }
  return rest
}
