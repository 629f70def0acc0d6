import type { User as PayloadUser } from '@/payload-types'

declare module 'next-auth' {
  interface User {
    roles: PayloadUser['roles']
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
  }
}
