import type { User } from '@/payload-types'

/**
 * A signed-in user as Payload's access functions expect `req.user`: the
 * document plus the auth collection it came from. Passing this with
 * `overrideAccess: false` makes every Local API call obey the access rules.
 */
export type PortalUser = User & { collection: 'users' }

export function toPortalUser(user: User): PortalUser {
  return { ...user, collection: 'users' }
}
