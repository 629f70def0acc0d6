import type { User as PayloadUser } from '@/payload-types'

import type { SsoRefusal } from './resolveSsoUser'

declare module 'next-auth' {
  interface User {
    roles: PayloadUser['roles']
    sessionVersion: number
    /** Set only when single sign-on refused the person; the `signIn` callback then stops the sign-in. */
    ssoRefusal?: SsoRefusal
  }
  interface Session {
    user: {
      id: number
      roles: PayloadUser['roles']
      name?: string | null
      email?: string | null
    }
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: number
    roles: PayloadUser['roles']
    /** The user's `sessionVersion` at sign-in; the session ends when it no longer matches. */
    sv: number
    /** Sign-in time (s): the absolute 12-hour limit counts from here. */
    authTime: number
    /** Last request (s), moved on by proxy.ts: the idle limit counts from here. */
    lastSeen: number
  }
}
