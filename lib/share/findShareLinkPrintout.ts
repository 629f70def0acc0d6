import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { canManageHandout } from '@/lib/handouts/canManageHandout'
import { findHandoutForUser } from '@/lib/handouts/findHandoutForUser'
import { relationId } from '@/lib/payload/relationId'
import type { Handout, ShareLink } from '@/payload-types'

import { accessAnswerMatches, normaliseAccessAnswer } from './accessCheck'
import { findShareLinkByToken } from './findShareLinkByToken'
import { shareLinkStatus } from './shareLinkStatus'

/**
 * The paper copy for one link: the handout with that link's URL, QR code and
 * (when chosen) access code printed on it. The token and code exist only in
 * the clinician's browser right after sharing, so they come back with the
 * request and are checked against the stored hashes; nothing is kept.
 */
export async function findShareLinkPrintout({
  payload,
  user,
  handoutId,
  token,
  accessCode,
  now = new Date(),
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  token: string
  accessCode?: string | null
  now?: Date
}): Promise<{ handout: Handout; link: ShareLink; accessCode: string | null } | null> {
  const handout = await findHandoutForUser({ payload, user, handoutId })
  // The printout belongs to sharing, which is the owner's (or an admin's), not a colleague's who only reads.
  if (!handout || !canManageHandout(user, handout)) return null
  // Found by the token's hash, then held to the handout the user may manage.
  const link = await findShareLinkByToken({ payload, token })
  if (!link || relationId(link.handout) !== handout.id || shareLinkStatus(link, now) !== 'active') return null
  if (link.accessCheck !== 'access-code') return { handout, link, accessCode: null }
  const code = normaliseAccessAnswer('access-code', accessCode ?? '')
  if (
    !code ||
    !link.accessAnswerHash ||
    !accessAnswerMatches({ secret: payload.secret, tokenHash: link.tokenHash, answer: code, storedHash: link.accessAnswerHash })
  )
    return null
  return { handout, link, accessCode: code }
}
