import { describe, expect, it } from 'vitest'

import { isSameOrigin } from './isSameOrigin'

function post({ origin, host = '127.0.0.1:3000', forwardedHost }: { origin?: string; host?: string; forwardedHost?: string }) {
  const headers = new Headers({ host })
  if (origin !== undefined) headers.set('origin', origin)
  if (forwardedHost) headers.set('x-forwarded-host', forwardedHost)
  return new Request('http://localhost:3000/api/session', { method: 'POST', headers })
}

describe('isSameOrigin', () => {
  it('accepts the site under the name it was reached by, whatever NEXTAUTH_URL says', () => {
    // Reached as 127.0.0.1 while NEXTAUTH_URL says localhost (the server action rule: Origin vs Host).
    expect(isSameOrigin(post({ origin: 'http://127.0.0.1:3000' }), { publicUrl: 'http://localhost:3000' })).toBe(true)
    expect(isSameOrigin(post({ origin: 'http://localhost:3000', host: 'localhost:3000' }), { publicUrl: 'http://localhost:3000' })).toBe(true)
    expect(isSameOrigin(post({ origin: 'http://LOCALHOST:3000', host: 'LocalHost:3000' }), { publicUrl: 'https://clinic.example' })).toBe(true)
  })

  it('behind a reverse proxy compares with the first X-Forwarded-Host, like server actions', () => {
    expect(
      isSameOrigin(post({ origin: 'https://clinic.example', host: 'app:3000', forwardedHost: 'clinic.example, app:3000' }), {
        publicUrl: 'http://localhost:3000',
      }),
    ).toBe(true)
    expect(
      isSameOrigin(post({ origin: 'https://evil.example', host: 'evil.example', forwardedHost: 'clinic.example' }), { publicUrl: 'https://clinic.example' }),
    ).toBe(false)
  })

  it('accepts the public URL (NEXTAUTH_URL) and listed extra hosts', () => {
    expect(isSameOrigin(post({ origin: 'https://clinic.example/', host: 'app:3000' }), { publicUrl: 'https://clinic.example/' })).toBe(true)
    expect(
      isSameOrigin(post({ origin: 'https://intranet.clinic.example', host: 'app:3000' }), {
        publicUrl: 'https://clinic.example',
        allowedHosts: ['intranet.clinic.example'],
      }),
    ).toBe(true)
  })

  it.each([undefined, 'null', 'file://', 'https://evil.example', 'http://127.0.0.1:3001', 'http://127.0.0.1:3000.evil.example', 'not a url'])(
    'refuses origin %j',
    (origin) => {
      expect(isSameOrigin(post({ origin }), { publicUrl: 'https://clinic.example' })).toBe(false)
    },
  )

  it('lets a caller accept a missing Origin, never "null"', () => {
    expect(isSameOrigin(post({}), { allowMissing: true })).toBe(true)
    expect(isSameOrigin(post({ origin: 'null' }), { allowMissing: true })).toBe(false)
  })
})
