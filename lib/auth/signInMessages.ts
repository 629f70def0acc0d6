import type { SsoRefusal } from './resolveSsoUser'

/** The `error` query parameter /sign-in gets for each single sign-on refusal (next-auth's own codes pass through unchanged). */
export const SSO_REFUSAL_ERRORS: Record<SsoRefusal, string> = {
  'no-account': 'SsoNoAccount',
  'email-unverified': 'SsoEmailUnverified',
  'account-disabled': 'SsoAccountDisabled',
}

const MESSAGES: ReadonlyMap<string, string> = new Map([
  ['SsoNoAccount', "No Careleaf account for this email; ask your clinic's admin."],
  [
    'SsoEmailUnverified',
    "Your organisation's sign-in did not confirm a verified email address, so it cannot be matched to a Careleaf account. Ask your IT team or your clinic's admin.",
  ],
  ['SsoAccountDisabled', "This Careleaf account is disabled; ask your clinic's admin."],
])

/**
 * What /sign-in says after a failed single sign-on. Refusals get their own
 * sentence (the IdP has already proved who the person is, so naming the
 * reason reveals nothing to a stranger); every other next-auth error (the IdP
 * refused, a state or nonce check failed) gets one generic sentence.
 */
export function signInErrorMessage(error: string | undefined): string | null {
  if (!error) return null
  // A Map, not an object literal: `?error=__proto__` must not reach Object.prototype (found by the fuzz test).
  return MESSAGES.get(error) ?? 'Single sign-on did not complete. Try again, or sign in with your email and password.'
}
