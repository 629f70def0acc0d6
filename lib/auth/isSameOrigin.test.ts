import { describe, expect, it } from 'vitest'

import { isSameOrigin } from './isSameOrigin'

function post(origin?: string) {
  return new Request('http://127.0.0.1:3000/api/session', { method: 'POST', headers: origin ? { origin } : {} })
}

describe('isSameOrigin', () => {
  it('accepts the site itself', () => {
    expect(isSameOrigin(post('http://127.0.0.1:3000'), 'http://127.0.0.1:3000')).toBe(true)
    expect(isSameOrigin(post('https://clinic.example'), 'https://clinic.example/')).toBe(true)
  })
  it.each([undefined, 'null', 'https://evil.example', 'http://127.0.0.1:3001', 'http://127.0.0.1:3000.evil.example'])('refuses origin %j', (origin) => {
    expect(isSameOrigin(post(origin), 'https://clinic.example')).toBe(false)
  })
})
