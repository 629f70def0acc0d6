'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { decodeSessionToken, sessionCookieName } from '@/lib/auth/sessionCookie'
import { signOutEverywhere } from '@/lib/auth/signOutEverywhere'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

/** A server action, so Next.js checks the Origin (CSRF) before it runs. */
export async function signOutAction(): Promise<never> {
  const store = await cookies()
  const token = await decodeSessionToken(store.get(sessionCookieName())?.value)
  await signOutEverywhere({ payload: await getPayloadClient(), token })
  store.delete(sessionCookieName())
  // Payload's own cookie, in case this browser also logged in through /api/users/login.
  store.delete('payload-token')
  redirect('/sign-in?signedOut=1')
}
