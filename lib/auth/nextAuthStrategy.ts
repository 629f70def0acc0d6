import type { AuthStrategy } from 'payload'

import { resolveSessionUser } from './resolveSessionUser'
import { decodeSessionToken, readCookie, sessionCookieName } from './sessionCookie'

/**
 * Payload auth strategy: the next-auth session cookie signs a user into the
 * admin and the REST API, so /sign-in is the one front door (idea from
 * CrawlerCode/payload-authjs, rewritten for next-auth 4). Payload's own
 * `local-jwt` strategy still runs first, for REST clients that log in with
 * /api/users/login and for tests.
 */
export const nextAuthStrategy: AuthStrategy = {
  name: 'next-auth',
  async authenticate({ headers, payload }) {
    const token = await decodeSessionToken(readCookie(headers.get('cookie'), sessionCookieName()))
    const user = await resolveSessionUser({ payload, token })
    return { user: user ? { ...user, _strategy: 'next-auth' } : null }
  },
}
