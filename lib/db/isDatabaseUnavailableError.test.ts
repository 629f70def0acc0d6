import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailableError } from './isDatabaseUnavailableError'

function withCode(code: string, message = 'x'): Error {
  return Object.assign(new Error(message), { code })
}

describe('isDatabaseUnavailableError', () => {
  it('knows a stopped, restarting or saturated server and a broken socket', () => {
    for (const code of ['57P01', '57P03', '08006', '53300', '57014', 'ECONNREFUSED', 'ECONNRESET'])
      expect(isDatabaseUnavailableError(withCode(code)), code).toBe(true)
    expect(isDatabaseUnavailableError(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnavailableError(new Error('timeout exceeded when trying to connect'))).toBe(true)
    expect(isDatabaseUnavailableError(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect'))).toBe(true)
  })

  it('looks through the causes Drizzle and Payload wrap it in', () => {
    const driver = withCode('57P01', 'terminating connection due to administrator command')
    const drizzle = new Error('Failed query: select "id" from "handouts"', { cause: driver })
    expect(isDatabaseUnavailableError(new Error('Something went wrong', { cause: drizzle }))).toBe(true)
  })

  it('leaves the request’s own faults and other bugs alone', () => {
    // unique_violation, invalid_text_representation, undefined_table: a 4xx or a real 500, never "try again".
    for (const code of ['23505', '22P02', '42P01']) expect(isDatabaseUnavailableError(withCode(code)), code).toBe(false)
    expect(isDatabaseUnavailableError(new TypeError('cannot read properties of undefined'))).toBe(false)
    expect(isDatabaseUnavailableError(null)).toBe(false)
    expect(isDatabaseUnavailableError('ECONNREFUSED')).toBe(false)
  })
})
