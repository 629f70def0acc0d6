import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy } from './contentSecurityPolicy'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((part) => {
      const [name, ...values] = part.split(' ')
      return [name!, values]
    }),
  )
}

describe('contentSecurityPolicy', () => {
  it('allows only nonce-bearing scripts in production, and no eval', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc123' }))
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"])
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'")
  })
  it('forbids framing, plugins and foreign form targets', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'n' }))
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
  })
  it('upgrades insecure requests only on HTTPS deployments, and allows eval only in development', () => {
    expect(contentSecurityPolicy({ nonce: 'n', https: true })).toContain('upgrade-insecure-requests')
    expect(contentSecurityPolicy({ nonce: 'n' })).not.toContain('upgrade-insecure-requests')
    expect(directives(contentSecurityPolicy({ nonce: 'n', development: true })).get('script-src')).toContain("'unsafe-eval'")
  })
})
