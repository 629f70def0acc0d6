import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { hasNoAccounts } from '@/lib/auth/hasNoAccounts'
import { safeCallbackPath } from '@/lib/auth/safeCallbackPath'
import { signInErrorMessage } from '@/lib/auth/signInMessages'
import { readSsoConfig, SSO_PROVIDER_ID } from '@/lib/auth/ssoConfig'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import { SignInForm } from './SignInForm'
import { SsoSignInButton } from './SsoSignInButton'

export const metadata: Metadata = { title: 'Sign in' }

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  if (await hasNoAccounts(await getPayloadClient())) redirect('/admin/create-first-user')
  const notice =
    params.reason === 'idle'
      ? 'You were signed out after a period without activity, to protect patient information. Sign in again to continue.'
      : params.reason === 'expired'
        ? 'Your session reached its 12-hour limit. Sign in again to continue.'
        : params.signedOut === '1'
          ? 'You are signed out of the workspace and the content admin.'
          : null
  const error = signInErrorMessage(typeof params.error === 'string' ? params.error : undefined)
  // Without a page to return to, the home page sends each person to where they work (lib/auth/landingPath.ts).
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined, '/')
  const sso = readSsoConfig()
  return (
    <main id="main" className="message-page">
      <p className="brand">
        Care<span>leaf</span>
      </p>
      <h1>Sign in</h1>
      <p className="muted">For clinic staff. Patients open their handout from the link the clinic gave them; no account is needed.</p>
      {notice && (
        <div className="alert alert--success" role="status">
          {notice}
        </div>
      )}
      {error && (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      )}
      {sso && (
        <div className="card">
          <SsoSignInButton providerId={SSO_PROVIDER_ID} name={sso.name} callbackUrl={callbackUrl} />
        </div>
      )}
      <div className="card">
        {sso && <h2 className="muted">Or with your Careleaf email and password</h2>}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  )
}
