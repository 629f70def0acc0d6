import { describe, expect, it, vi } from 'vitest'

import { redactPatientLinkTokens, redactPatientLinkTokensInConsole } from './redactPatientLinkTokens.mjs'

const token = 'Zr8pQ2v_Xy-4mN7tK1sL9wE3rT6yU0iO5pA8sD2fG4h'

describe('redactPatientLinkTokens', () => {
  it('cuts a patient link’s token out of a line, and leaves other paths alone', () => {
    expect(redactPatientLinkTokens(`Request body exceeded 11MB for /p/${token}. Only the first 11MB will be available`)).toBe(
      'Request body exceeded 11MB for /p/[token]. Only the first 11MB will be available',
    )
    expect(redactPatientLinkTokens(`GET /p/${token}/pdf and /p/${token}/answers`)).toBe('GET /p/[token]/pdf and /p/[token]/answers')
    expect(redactPatientLinkTokens('/library?q=back /api/topics/12 /p/short')).toBe('/library?q=back /api/topics/12 /p/short')
  })

  it('applies to every console method the server writes through, strings and errors alike', () => {
    const written: unknown[][] = []
    const sink = { log: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) sink[method].mockImplementation((...args: unknown[]) => written.push(args))
    redactPatientLinkTokensInConsole(sink)
    sink.warn(`Request body exceeded 11MB for /p/${token}.`)
    sink.error(new Error(`failed for /p/${token}`), 42)
    expect(JSON.stringify(written.map((args) => args.map((arg) => (arg instanceof Error ? `${arg.message}|${arg.stack}` : arg))))).not.toContain(token)
    expect(written[0]).toEqual(['Request body exceeded 11MB for /p/[token].'])
    expect(written[1]?.[1]).toBe(42)
  })
})
