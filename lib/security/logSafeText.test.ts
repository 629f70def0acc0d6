import { describe, expect, it } from 'vitest'

import { escapeControlCharacters, logSafeError, logSafeText, redactQueryParameters } from './logSafeText'

describe('escapeControlCharacters', () => {
  it('keeps a forged line on the line it came in on', () => {
    expect(escapeControlCharacters('x@y.z\n[12:00:00] INFO: forged')).toBe('x@y.z\\n[12:00:00] INFO: forged')
  })

  it('escapes NUL, carriage returns, ANSI escapes and Unicode line separators', () => {
    expect(escapeControlCharacters('a\u0000b\rc\u001b[31md\u2028e')).toBe('a\\u0000b\\rc\\u001b[31md\\u2028e')
  })

  it('leaves ordinary text alone', () => {
    expect(escapeControlCharacters('Dr Sam Rivera — café 😀')).toBe('Dr Sam Rivera — café 😀')
  })
})

describe('redactQueryParameters', () => {
  it('drops the parameters drizzle appends to a failed query', () => {
    const message = 'Failed query: insert into "handouts" ("patient_name") values ($1)\nparams: Jane Doe,Take two tablets'
    expect(redactQueryParameters(message)).toBe('Failed query: insert into "handouts" ("patient_name") values ($1)\nparams: [redacted]')
  })
})

describe('logSafeError', () => {
  function failedQuery(): Error {
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      detail: 'Key (email)=(jane@example.com) already exists.',
    })
    return Object.assign(new Error('Failed query: select count(*) from "users" where "email" = $1\nparams: jane@example.com\u0000'), {
      name: 'DrizzleQueryError',
      params: ['jane@example.com'],
      cause,
    })
  }

  it('keeps the type, the SQL and the frames but no parameter, detail or control character', () => {
    const safe = logSafeError(failedQuery())
    const text = JSON.stringify(safe)
    expect(text).not.toContain('jane@example.com')
    expect(text).not.toContain('\\u0000')
    expect(safe.type).toBe('DrizzleQueryError')
    expect(safe.message).toBe('Failed query: select count(*) from "users" where "email" = $1\\nparams: [redacted]')
    expect(safe.stack?.split('\n')[0]).toBe(`DrizzleQueryError: ${safe.message}`)
    expect(
      safe.stack
        ?.split('\n')
        .slice(1)
        .every((line) => /^\s+at /.test(line)),
    ).toBe(true)
    expect(safe.cause).toMatchObject({ type: 'Error', code: '22021' })
  })

  it('describes a thrown non-error without trusting it', () => {
    expect(logSafeError('boom\nforged')).toEqual({ type: 'string', message: 'boom\\nforged' })
  })

  it('logSafeText redacts and escapes in one go', () => {
    expect(logSafeText('Failed query: x\nparams: secret')).toBe('Failed query: x\\nparams: [redacted]')
  })
})
