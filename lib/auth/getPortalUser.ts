import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import { authOptions } from './authOptions'
import { type PortalUser, toPortalUser } from './portalUser'

/**
 * Resolves the signed-in user from the next-auth session and reloads it from
 * the database on every request, so a deleted account or changed role takes
 * effect at once rather than when the session cookie expires.
 */
export async function getPortalUser(): Promise<PortalUser | null> {
  const session = await getServerSession(authOptions)
  const id = session?.user?.id
  if (typeof id !== 'number' || !Number.isInteger(id)) return null
  const payload = await getPayloadClient()
  const user = await payload
    // Resolving who is asking precedes any access rule; nothing here is returned to the client.
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  return user ? toPortalUser(user) : null
}

/** For pages: sends a visitor without a session to sign-in, then back here. */
export async function requirePortalUser(returnTo: string): Promise<PortalUser> {
  const user = await getPortalUser()
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`)
  return user
}
