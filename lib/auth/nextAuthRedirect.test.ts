import { describe, expect, it } from 'vitest'

import { nextAuthRedirect } from './nextAuthRedirect'

const baseUrl = 'http://127.0.0.1:3000'

describe('nextAuthRedirect', () => {
  it('keeps paths and same-origin URLs', () => {
    expect(nextAuthRedirect({ url: '/library?x=1', baseUrl })).toBe(`${baseUrl}/library?x=1`)
    expect(nextAuthRedirect({ url: `${baseUrl}/admin`, baseUrl })).toBe(`${baseUrl}/admin`)
  })

  it.each([1, null, {}, ['/library']])('sends a non-string (%j, from a JSON body) to the library', (url) => {
    expect(nextAuthRedirect({ url, baseUrl })).toBe(`${baseUrl}/library`)
  })

  it.each(['abc', '', '%', 'http://', 'javascript:alert(1)', 'https://evil.example/', '//evil.example', '/\\evil.example'])(
    'sends %s to the library instead of throwing or leaving the site',
    (url) => {
      expect(nextAuthRedirect({ url, baseUrl })).toBe(`${baseUrl}/library`)
    },
  )
})
