import type { JWT } from 'next-auth/jwt'
import type { Payload } from 'payload'

import { type PortalUser, toPortalUser } from './portalUser'
import { checkSessionClock } from './sessionPolicy'

/**
 * Turns a decoded next-auth token into the current Payload user, or null.
 * This is the server-side session check both apps share (the portal's
 * `getPortalUser` and Payload's `next-auth` strategy): the token must be
 * inside the idle and absolute limits, and its `sv` must equal the user's
 * `sessionVersion`, which sign-out, disabling, a role change and a password
 * change all increment, so those end every session at the next request.
 */
export async function resolveSessionUser({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: JWT | null
  now?: Date
}): Promise<PortalUser | null> {
  if (!token) return null
  const { uid, sv } = token
  if (typeof uid !== 'number' || !Number.isInteger(uid) || uid <= 0 || typeof sv !== 'number') return null
  if (!checkSessionClock(token, Math.floor(now.getTime() / 1000)).ok) return null
  const user = await payload
    // Resolving who is asking precedes any access rule; nothing here is returned to the client.
    .findByID({ collection: 'users', id: uid, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!user || user.disabled) return null
  if ((user.sessionVersion ?? 0) !== sv) return null
  return toPortalUser(user)
}
