import { describe, expect, it } from 'vitest'

import { signInErrorMessage, SSO_REFUSAL_ERRORS } from './signInMessages'

describe('signInErrorMessage', () => {
  it('says plainly why single sign-on refused someone', () => {
    expect(signInErrorMessage(SSO_REFUSAL_ERRORS['no-account'])).toBe("No Careleaf account for this email; ask your clinic's admin.")
    expect(signInErrorMessage(SSO_REFUSAL_ERRORS['email-unverified'])).toMatch(/verified email/)
    expect(signInErrorMessage(SSO_REFUSAL_ERRORS['account-disabled'])).toMatch(/disabled/)
  })
  it('has one generic sentence for any other error, and nothing without one', () => {
    expect(signInErrorMessage('OAuthCallback')).toBe('Single sign-on did not complete. Try again, or sign in with your email and password.')
    for (const hostile of ['<script>', '__proto__', 'constructor', 'toString']) expect(signInErrorMessage(hostile)).toBe(signInErrorMessage('OAuthCallback'))
    expect(signInErrorMessage(undefined)).toBeNull()
    expect(signInErrorMessage('')).toBeNull()
  })
})
