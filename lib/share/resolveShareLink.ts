import type { Payload } from 'payload'

import type { Handout, ShareLink } from '@/payload-types'

import { hashShareToken, isWellFormedShareToken } from './shareToken'

export type ResolvedShareLink =
  | { status: 'ok'; link: ShareLink; handout: Handout }
  | { status: 'expired'; link: ShareLink }
  | { status: 'not-found' }

/**
 * Finds the handout behind a patient's link. The patient has no account: the
 * token itself is the credential, so this is the one place that reads
 * handouts with access control overridden, and only by the token's hash.
 */
export async function resolveShareLink({ payload, token, now = new Date() }: { payload: Payload; token: string; now?: Date }): Promise<ResolvedShareLink> {
  if (!isWellFormedShareToken(token)) return { status: 'not-found' }
  const { docs } = await payload.find({
    collection: 'share-links',
    where: { tokenHash: { equals: hashShareToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const link = docs[0]
  if (!link) return { status: 'not-found' }
  // A revoked link looks the same as an expired one to the patient: both mean "ask the clinic".
  if (link.revokedAt || new Date(link.expiresAt).getTime() <= now.getTime()) return { status: 'expired', link }

  const handoutId = typeof link.handout === 'number' ? link.handout : link.handout.id
  const handout = await payload.findByID({ collection: 'handouts', id: handoutId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!handout) return { status: 'not-found' }
  return { status: 'ok', link, handout }
}
