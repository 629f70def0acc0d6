import type { Payload } from 'payload'

import type { EhrClient } from '@/payload-types'

import { ehrClientKeyId, ehrClientKeyMatches } from './ehrClientKey'

export type AuthenticatedEhrClient = Pick<EhrClient, 'id' | 'name' | 'allowedOrigins' | 'rateLimitPerMinute'>

/**
 * The EHR client a presented API key belongs to, or null: an unknown, wrong,
 * malformed or revoked key are all the same null (the caller answers 401
 * without saying which). The stored hash is compared in constant time.
 */
export async function authenticateEhrClient({
  payload,
  presentedKey,
  now = new Date(),
}: {
  payload: Payload
  presentedKey: string
  now?: Date
}): Promise<AuthenticatedEhrClient | null> {
  const keyId = ehrClientKeyId(presentedKey)
  if (!keyId) return null
  const { docs } = await payload.find({
    collection: 'ehr-clients',
    // Who is calling precedes any access rule; keyHash is hidden from every API and read only here.
    overrideAccess: true,
    showHiddenFields: true,
    where: { keyId: { equals: keyId } },
    limit: 1,
    depth: 0,
    select: { name: true, keyHash: true, allowedOrigins: true, rateLimitPerMinute: true, revokedAt: true },
  })
  const client = docs[0]
  if (!client?.keyHash || !ehrClientKeyMatches(payload.secret, presentedKey, client.keyHash)) return null
  if (client.revokedAt && new Date(client.revokedAt).getTime() <= now.getTime()) return null
  return { id: client.id, name: client.name, allowedOrigins: client.allowedOrigins ?? [], rateLimitPerMinute: client.rateLimitPerMinute }
}
