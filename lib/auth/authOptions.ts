import type { NextAuthOptions, User } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import { endUserSessions } from './endUserSessions'
import { nextAuthLogger } from './nextAuthLogger'
import { nextAuthRedirect } from './nextAuthRedirect'
import { sessionCookieName, sessionCookieOptions } from './sessionCookie'
import { ABSOLUTE_SESSION_SECONDS } from './sessionPolicy'
import { SSO_REFUSAL_ERRORS } from './signInMessages'
import { signInWithSso } from './signInWithSso'
import { readSsoConfig, SSO_PROVIDER_ID } from './ssoConfig'
import { type SsoIdTokenClaims, ssoProvider } from './ssoProvider'
import { verifyCredentials, type VerifiedUser } from './verifyCredentials'

function toSessionUser(user: VerifiedUser): User {
  return { id: String(user.id), name: user.name, email: user.email, roles: user.roles, sessionVersion: user.sessionVersion }
}

/**
 * The Careleaf user behind a validated ID token. A refusal still has to be a
 * next-auth `User` here (next-auth reads the profile before asking `signIn`);
 * it carries no id, roles or session version that could ever become a session,
 * and the `signIn` callback turns it into the message on /sign-in.
 */
async function ssoUser(claims: SsoIdTokenClaims): Promise<User> {
  const outcome = await signInWithSso({ payload: await getPayloadClient(), claims, provider: SSO_PROVIDER_ID })
  if (!outcome.ok) return { id: `refused:${outcome.reason}`, roles: [], sessionVersion: -1, ssoRefusal: outcome.reason }
  return toSessionUser(outcome.user)
}

const sso = readSsoConfig()

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The cookie lives at most one shift; idle logoff and revocation are checked on the server
  // on every request (lib/auth/resolveSessionUser.ts), not left to the cookie's expiry.
  session: { strategy: 'jwt', maxAge: ABSOLUTE_SESSION_SECONDS },
  cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() } },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  logger: nextAuthLogger,
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials) {
        const email = typeof credentials?.email === 'string' ? credentials.email : ''
        const password = typeof credentials?.password === 'string' ? credentials.password : ''
        const user = await verifyCredentials(await getPayloadClient(), email, password)
        return user ? toSessionUser(user) : null
      },
    }),
    // Hospital single sign-on, only when CARELEAF_OIDC_ISSUER, _CLIENT_ID and _CLIENT_SECRET are set.
    ...(sso ? [ssoProvider({ config: sso, toUser: ssoUser })] : []),
  ],
  callbacks: {
    // Where next-auth sends the browser after signing in or out (the SSO button's callbackUrl): this site only,
    // and never a 500 on a callbackUrl that is not a URL (next-auth's default throws).
    redirect: nextAuthRedirect,
    signIn({ user }) {
      if (user.ssoRefusal) return `/sign-in?error=${SSO_REFUSAL_ERRORS[user.ssoRefusal]}`
      return true
    },
    // Both providers build the same token: one kind of session, whichever door was used.
    jwt({ token, user }) {
      if (user) {
        const now = Math.floor(Date.now() / 1000)
        token.uid = Number(user.id)
        token.roles = user.roles
        token.sv = user.sessionVersion
        token.authTime = now
        token.lastSeen = now
      }
      return token
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid, roles: token.roles }
      return session
    },
  },
  events: {
    // next-auth's own /api/auth/signout (the portal's sign-out goes through lib/auth/signOutEverywhere).
    async signOut({ token }) {
      const uid = token?.uid
      if (typeof uid !== 'number') return
      const payload = await getPayloadClient()
      await endUserSessions({ payload, userId: uid })
      await recordAuditEvent({ payload, action: 'auth.signout', actorId: uid, target: { collection: 'users', id: uid } })
    },
  },
}
