import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import type { PortalUser } from './portalUser'
import { resolveSessionUser } from './resolveSessionUser'
import { decodeSessionToken, sessionCookieName } from './sessionCookie'

/**
 * Resolves the signed-in user from the next-auth session cookie and reloads it
 * from the database on every request, so sign-out, a disabled account, a
 * changed role or password take effect at once rather than when the cookie expires.
 */
export async function getPortalUser(): Promise<PortalUser | null> {
  const store = await cookies()
  const token = await decodeSessionToken(store.get(sessionCookieName())?.value)
  if (!token) return null
  return resolveSessionUser({ payload: await getPayloadClient(), token })
}

/** For pages: sends a visitor without a session to sign-in, then back here. */
export async function requirePortalUser(returnTo: string): Promise<PortalUser> {
  const user = await getPortalUser()
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`)
  return user
}
