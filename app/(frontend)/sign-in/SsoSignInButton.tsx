'use client'

import { signIn } from 'next-auth/react'
import { useState } from 'react'

/** Starts the OpenID Connect sign-in at the hospital's IdP; next-auth adds state, nonce and PKCE. */
export function SsoSignInButton({ providerId, name, callbackUrl }: { providerId: string; name: string; callbackUrl: string }) {
  const [pending, setPending] = useState(false)
  return (
    <button
      type="button"
      className="button--secondary"
      disabled={pending}
      onClick={() => {
        setPending(true)
        void signIn(providerId, { callbackUrl })
      }}
    >
      {pending ? `Opening ${name}…` : `Sign in with ${name}`}
    </button>
  )
}
