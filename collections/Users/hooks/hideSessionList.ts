import type { CollectionAfterReadHook } from 'payload'

import type { User } from '@/payload-types'

/** The account without Payload's list of its open sessions (ids and expiry of every device signed in). */
export function withoutSessionList<T extends Partial<Pick<User, 'sessions'>>>(user: T): Omit<T, 'sessions'> {
  const { sessions: _sessions, ...visible } = user
  return visible
}

/**
 * What the API says about a user (`me`, `login`, `refresh-token`, reads) is
 * the account itself, not the session ids of every device it is signed in
 * on. Server code reading with `overrideAccess` (Payload's own token check,
 * which needs the list) still sees it.
 */
export const hideSessionList: CollectionAfterReadHook<User> = ({ doc, overrideAccess }) => (overrideAccess ? doc : withoutSessionList(doc))
