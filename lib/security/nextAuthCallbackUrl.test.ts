import { describe, expect, it } from 'vitest'

import { isAcceptableCallbackUrl, isCredentialsCallbackWithoutPost, unacceptableCallbackUrlCookies } from './nextAuthCallbackUrl'

describe('isAcceptableCallbackUrl', () => {
  it.each(['/library', '/admin?x=1', 'http://127.0.0.1:3000/library', 'https://careleaf.example/handouts'])('accepts %s', (value) => {
    expect(isAcceptableCallbackUrl(value)).toBe(true)
  })

  it.each(['abc', '', '%', 'javascript:alert(1)', 'http://', '//evil.example', '/\\evil.example', 'data:text/html,x'])('refuses %s', (value) => {
    expect(isAcceptableCallbackUrl(value)).toBe(false)
  })
})

describe('unacceptableCallbackUrlCookies', () => {
  it('names only the callback-url cookies next-auth would refuse', () => {
    expect(
      unacceptableCallbackUrlCookies([
        { name: 'next-auth.callback-url', value: 'abc' },
        { name: '__Secure-next-auth.callback-url', value: '/library' },
        { name: 'other', value: 'abc' },
      ]),
    ).toEqual(['next-auth.callback-url'])
  })
})

describe('isCredentialsCallbackWithoutPost', () => {
  it('flags every method but POST on the credentials callback only', () => {
    expect(isCredentialsCallbackWithoutPost('GET', '/api/auth/callback/credentials')).toBe(true)
    expect(isCredentialsCallbackWithoutPost('HEAD', '/api/auth/callback/credentials/')).toBe(true)
    expect(isCredentialsCallbackWithoutPost('POST', '/api/auth/callback/credentials')).toBe(false)
    expect(isCredentialsCallbackWithoutPost('GET', '/api/auth/callback/oidc')).toBe(false)
  })
})
