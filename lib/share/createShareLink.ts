import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'

import { generateShareToken } from './shareToken'

export const DEFAULT_SHARE_LINK_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

export interface CreatedShareLink {
  id: number
  /** Path with the raw token: shown to the clinician once, stored nowhere. */
  path: string
  tokenId: string
  expiresAt: string
}

export class ShareLinkNotAllowedError extends Error {
  override name = 'ShareLinkNotAllowedError'
}

export async function createShareLink({
  payload,
  user,
  handoutId,
  now = new Date(),
  validForDays = DEFAULT_SHARE_LINK_DAYS,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  now?: Date
  validForDays?: number
}): Promise<CreatedShareLink> {
  // Reading the handout as the user is the ownership check: another clinician gets nothing.
  const handout = await payload
    .findByID({ collection: 'handouts', id: handoutId, depth: 0, user, overrideAccess: false })
    .catch(() => null)
  if (!handout) throw new ShareLinkNotAllowedError('You can only share your own handouts.')

  const { token, tokenHash, tokenId } = generateShareToken()
  const expiresAt = new Date(now.getTime() + validForDays * DAY_MS).toISOString()
  const link = await payload.create({
    collection: 'share-links',
    // Share links refuse API writes; ownership was checked above.
    overrideAccess: true,
    data: { handout: handout.id, createdBy: user.id, tokenHash, tokenId, expiresAt },
  })
  await recordAuditEvent({ payload, action: 'share.create', actorId: user.id, target: { collection: 'handouts', id: handout.id }, detail: `link ${tokenId}` })
  return { id: link.id, path: `/p/${token}`, tokenId, expiresAt }
}
