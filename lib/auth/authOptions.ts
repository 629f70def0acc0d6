import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'

import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import { verifyCredentials } from './verifyCredentials'

const TWELVE_HOURS = 12 * 60 * 60

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: TWELVE_HOURS },
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
        return { id: String(user.id), name: user.name, email: user.email, roles: user.roles }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id)
        token.roles = user.roles
      }
      return token
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid, roles: token.roles }
      return session
    },
  },
}
