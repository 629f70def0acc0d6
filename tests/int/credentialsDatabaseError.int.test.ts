import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { verifyCredentials } from '@/lib/auth/verifyCredentials'

import { getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

async function failuresSince(since: string): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'audit-events',
    overrideAccess: true,
    where: { and: [{ action: { equals: 'auth.fail' } }, { createdAt: { greater_than_equal: since } }] },
  })
  return totalDocs
}

describe('credentials: a database error is an ordinary failed sign-in', () => {
  // PostgreSQL refuses NUL in text; the lookup fails with an error whose message holds the SQL and the email.
  it('answers null (never throws its text), after the usual delay, and audits auth.fail', async () => {
    const since = new Date().toISOString()
    const started = Date.now()
    await expect(verifyCredentials(payload, 'nobody\u0000@example.com', 'some-password-123')).resolves.toBeNull()
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(await failuresSince(since)).toBe(1)
  })
})
