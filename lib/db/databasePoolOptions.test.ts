import { afterEach, describe, expect, it, vi } from 'vitest'

import { databasePoolOptions } from './databasePoolOptions'

describe('databasePoolOptions', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('bounds every wait: a connection, a statement on the server, an answer on the client', () => {
    vi.stubEnv('CARELEAF_DB_STATEMENT_TIMEOUT_MS', '')
    expect(databasePoolOptions('postgres://db/careleaf')).toEqual({
      connectionString: 'postgres://db/careleaf',
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
      query_timeout: 35_000,
      keepAlive: true,
    })
  })

  it('takes the statement limit from CARELEAF_DB_STATEMENT_TIMEOUT_MS, 0 lifting it (a long migration)', () => {
    vi.stubEnv('CARELEAF_DB_STATEMENT_TIMEOUT_MS', '5000')
    expect(databasePoolOptions(undefined)).toMatchObject({ statement_timeout: 5_000, query_timeout: 10_000 })
    vi.stubEnv('CARELEAF_DB_STATEMENT_TIMEOUT_MS', '0')
    const unlimited = databasePoolOptions(undefined)
    expect(unlimited).not.toHaveProperty('statement_timeout')
    expect(unlimited).not.toHaveProperty('query_timeout')
    expect(unlimited.connectionTimeoutMillis).toBe(5_000)
  })

  it('refuses a value that is not a whole number of milliseconds, naming the variable', () => {
    vi.stubEnv('CARELEAF_DB_STATEMENT_TIMEOUT_MS', '30s')
    expect(() => databasePoolOptions(undefined)).toThrow(/CARELEAF_DB_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds/)
  })
})
