import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'

/** Ends a patient link at once; only its creator (or an admin) may. */
export async function revokeShareLink({
  payload,
  user,
  shareLinkId,
  now = new Date(),
}: {
  payload: Payload
  user: PortalUser
  shareLinkId: number
  now?: Date
}): Promise<void> {
  const link = await payload.update({
    collection: 'share-links',
    id: shareLinkId,
    user,
    overrideAccess: false,
    data: { revokedAt: now.toISOString() },
  })
  const handoutId = relationId(link.handout)
  await recordAuditEvent({
    payload,
    action: 'share.revoke',
    actorId: user.id,
    target: { collection: 'handouts', id: handoutId },
    detail: `link ${link.tokenId}`,
  })
}
