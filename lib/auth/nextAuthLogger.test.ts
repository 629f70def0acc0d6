import { describe, expect, it } from 'vitest'

import { describeNextAuthError } from './nextAuthLogger'

describe('describeNextAuthError', () => {
  it('keeps the code and the error, drops the context next-auth attaches (profiles, tokens)', () => {
    const line = describeNextAuthError('OAUTH_PARSE_PROFILE_ERROR', {
      error: new TypeError('database unavailable'),
      OAuthProfile: { email: 'someone@hospital.example' },
      tokens: { id_token: 'eyJhbGciOi.secret' },
    })
    expect(line).toBe('[next-auth][error][OAUTH_PARSE_PROFILE_ERROR] TypeError: database unavailable')
    expect(line).not.toContain('hospital.example')
    expect(line).not.toContain('eyJ')
  })
  it('handles a bare error and context without one', () => {
    expect(describeNextAuthError('JWT_SESSION_ERROR', new Error('bad'))).toBe('[next-auth][error][JWT_SESSION_ERROR] Error: bad')
    expect(describeNextAuthError('CLIENT_FETCH_ERROR', { url: '/api/auth/session' })).toBe('[next-auth][error][CLIENT_FETCH_ERROR]')
  })
  it('keeps input on one line and drops query parameters (POST /api/auth/_log takes any code from anyone)', () => {
    expect(describeNextAuthError('x\nFORGED-LOG-LINE', {})).toBe('[next-auth][error][x\\nFORGED-LOG-LINE]')
    const failedQuery = new Error('Failed query: select count(*) from "users"\nparams: jane@example.com')
    expect(describeNextAuthError('CALLBACK_CREDENTIALS_HANDLER_ERROR', failedQuery)).toBe(
      '[next-auth][error][CALLBACK_CREDENTIALS_HANDLER_ERROR] Error: Failed query: select count(*) from "users"\\nparams: [redacted]',
    )
  })
})
