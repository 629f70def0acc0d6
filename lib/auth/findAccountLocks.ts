import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/**
 * When each account the user may read is locked until, for those still locked
 * (too many failed sign-ins; Users' `auth.maxLoginAttempts`). Which accounts is
 * decided by the users' read rule, as the user: an admin sees every lock, anyone
 * else at most their own. `lockUntil` itself is a hidden auth field that no API
 * read may name (refuseUnreadableQueryPaths), so the server reads that one
 * field, for exactly those accounts, itself.
 */
export async function findAccountLocks({ payload, user, now = new Date() }: { payload: Payload; user: User; now?: Date }): Promise<Map<number, string>> {
  const readable = await payload.find({ collection: 'users', user, overrideAccess: false, select: { email: true }, depth: 0, pagination: false })
  const ids = readable.docs.map((account) => account.id)
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ id: { in: ids } }, { lockUntil: { greater_than: now.toISOString() } }] },
    overrideAccess: true,
    showHiddenFields: true,
    select: { lockUntil: true },
    depth: 0,
    pagination: false,
  })
  return new Map(docs.flatMap((account) => (account.lockUntil ? [[account.id, account.lockUntil] as const] : [])))
}
