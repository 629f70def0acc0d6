import type { Payload } from 'payload'

import type { ShareLink } from '@/payload-types'

import { hashShareToken, isWellFormedShareToken } from './shareToken'

/**
 * The share link a token opens, with the hash it was found by, or null. Read
 * with access overridden by the token's SHA-256 (the hash is unreadable
 * through the API, and the token itself is the credential): callers decide
 * what the holder may then see.
 */
export async function findShareLinkByToken({ payload, token }: { payload: Payload; token: string }): Promise<(ShareLink & { tokenHash: string }) | null> {
  // A malformed token is looked up too, by its hash (which no stored link has), rather than refused at once: the
  // answer for "no such link" then takes the same work, and so the same time, whatever the token looked like.
  const tokenHash = hashShareToken(token)
  const { docs } = await payload.find({
    collection: 'share-links',
    where: { tokenHash: { equals: tokenHash } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const link = docs[0]
  return link && isWellFormedShareToken(token) ? { ...link, tokenHash } : null
}
