import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A document lock always names the person who made or renewed it: a client
 * cannot lock a topic in a colleague's name (their own saves would then get
 * 423). Payload's admin writes its locks with `payload.db` and the same user.
 */
export const stampLockHolder: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user) return data
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}
