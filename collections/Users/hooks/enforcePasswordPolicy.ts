import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { passwordProblem } from '@/lib/auth/passwordPolicy'
import type { User } from '@/payload-types'

/** Every way a password is set (admin, account page, REST, seed) passes the same policy. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<User> = ({ data, originalDoc, collection }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string') return data
  const problem = passwordProblem(password, { email: data?.email ?? originalDoc?.email })
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }] })
  return data
}
