import { cookies } from 'next/headers'

import { isSameOrigin } from '@/lib/auth/isSameOrigin'
import { resolveSessionUser } from '@/lib/auth/resolveSessionUser'
import { decodeSessionToken, sessionCookieName } from '@/lib/auth/sessionCookie'
import { checkSessionClock, idleTimeoutSeconds } from '@/lib/auth/sessionPolicy'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export const dynamic = 'force-dynamic'

async function sessionStatus(activeNow: boolean): Promise<Response> {
  const token = await decodeSessionToken((await cookies()).get(sessionCookieName())?.value)
  const user = await resolveSessionUser({ payload: await getPayloadClient(), token })
  const now = Math.floor(Date.now() / 1000)
  // A keep-alive POST passed through proxy.ts, which moved `lastSeen` on in the response cookie.
  const clock = token && user ? checkSessionClock(activeNow ? { ...token, lastSeen: now } : token, now) : null
  const body = clock?.ok ? { signedIn: true, idleRemainingSeconds: clock.idleRemainingSeconds, idleTimeoutSeconds: idleTimeoutSeconds() } : { signedIn: false }
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } })
}

/** Session status for the idle-logoff warning; does not count as activity. */
export function GET(): Promise<Response> {
  return sessionStatus(false)
}

/** "Stay signed in": activity, so proxy.ts slides the idle clock. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ error: 'Cross-site request refused.' }, { status: 403 })
  return sessionStatus(true)
}
