import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkReadiness } from './checkReadiness'

/** Just what checkReadiness touches: `payload.db.pool.query`. */
function payloadWhoseDatabase(query: () => Promise<unknown>): () => Promise<Payload> {
  return async () => ({ db: { pool: { query } } }) as unknown as Payload
}

describe('checkReadiness', () => {
  it('is ready when PostgreSQL answers and the PDF pool takes jobs', async () => {
    await expect(checkReadiness({ loadPayload: payloadWhoseDatabase(async () => ({ rows: [] })), isPdfPoolReady: () => true })).resolves.toEqual({
      ready: true,
      failing: [],
    })
  })

  it('names the database when the query fails, Payload cannot load, or PostgreSQL does not answer in time', async () => {
    const refused = await checkReadiness({
      loadPayload: payloadWhoseDatabase(() => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'))),
      isPdfPoolReady: () => true,
    })
    expect(refused).toEqual({ ready: false, failing: ['database'] })
    const noPayload = await checkReadiness({ loadPayload: () => Promise.reject(new Error('cannot connect')), isPdfPoolReady: () => true })
    expect(noPayload.failing).toEqual(['database'])
    const hanging = await checkReadiness({
      loadPayload: payloadWhoseDatabase(() => new Promise(() => undefined)),
      isPdfPoolReady: () => true,
      databaseTimeoutMs: 50,
    })
    expect(hanging.failing).toEqual(['database'])
  })

  it('names the PDF pool when it cannot take jobs', async () => {
    const readiness = await checkReadiness({ loadPayload: payloadWhoseDatabase(async () => ({ rows: [] })), isPdfPoolReady: () => false })
    expect(readiness).toEqual({ ready: false, failing: ['pdf'] })
  })
})
