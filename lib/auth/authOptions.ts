import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import { endUserSessions } from './endUserSessions'
import { sessionCookieName, sessionCookieOptions } from './sessionCookie'
import { ABSOLUTE_SESSION_SECONDS } from './sessionPolicy'
import { verifyCredentials } from './verifyCredentials'

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The cookie lives at most one shift; idle logoff and revocation are checked on the server
  // on every request (lib/auth/resolveSessionUser.ts), not left to the cookie's expiry.
  session: { strategy: 'jwt', maxAge: ABSOLUTE_SESSION_SECONDS },
  cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() } },
  pages: { signIn: '/sign-in', error: '/sign-in' },
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
        if (!user) return null
        return { id: String(user.id), name: user.name, email: user.email, roles: user.roles, sessionVersion: user.sessionVersion }
      },
    }),
  ],
  callbacks: {
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
