import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { canManageHandout } from '@/lib/handouts/canManageHandout'
import { findHandoutForUser } from '@/lib/handouts/findHandoutForUser'

import { generateAccessCode, hashAccessAnswer, normaliseAccessAnswer, type ShareAccessCheck } from './accessCheck'
import { DEFAULT_SHARE_LINK_DAYS, isShareLinkValidityDays, shareLinkExpiresAt, type ShareLinkValidityDays } from './shareExpiry'
import { normaliseShareLinkLabel } from './shareLinkLabel'
import { generateShareToken } from './shareToken'

export interface CreatedShareLink {
  id: number
  /** Path with the raw token: shown to the clinician once, stored nowhere. */
  path: string
  tokenId: string
  expiresAt: string
  accessCheck: ShareAccessCheck
  /** The 6-digit code to print for the patient, when that check was chosen: shown once, stored only as a hash. */
  accessCode: string | null
}

export class ShareLinkNotAllowedError extends Error {
  override name = 'ShareLinkNotAllowedError'
}

/** Input a clinician can get wrong; the message says how to fix it. */
export class ShareLinkInputError extends Error {
  override name = 'ShareLinkInputError'
}

export async function createShareLink({
  payload,
  user,
  handoutId,
  now = new Date(),
  validForDays = DEFAULT_SHARE_LINK_DAYS,
  accessCheck = 'none',
  birthYear,
  label,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  now?: Date
  validForDays?: ShareLinkValidityDays
  accessCheck?: ShareAccessCheck
  /** Required when `accessCheck` is 'birth-year'. */
  birthYear?: string
  /** Who the link is for ("daughter"): shown in the clinician's list, never to the patient. */
  label?: string
}): Promise<CreatedShareLink> {
  if (!isShareLinkValidityDays(validForDays)) throw new ShareLinkInputError('Choose 7, 30 or 90 days.')
  const labelResult = normaliseShareLinkLabel(label)
  if (!labelResult.ok) throw new ShareLinkInputError(labelResult.error)
  let answer: string | null = null
  let accessCode: string | null = null
  if (accessCheck === 'birth-year') {
    answer = normaliseAccessAnswer('birth-year', birthYear ?? '', now)
    if (!answer) throw new ShareLinkInputError(`Enter the patient's year of birth as four digits, between 1900 and ${now.getUTCFullYear()}.`)
  } else if (accessCheck === 'access-code') {
    accessCode = generateAccessCode()
    answer = accessCode
  }

  // Read as the user (a deleted or unshared handout is simply absent), then ownership: colleagues of a
  // clinician who shares with the clinic may read the handout but never hand it to a patient.
  const handout = await findHandoutForUser({ payload, user, handoutId })
  if (!handout || !canManageHandout(user, handout)) throw new ShareLinkNotAllowedError('You can only share your own handouts.')

  const { token, tokenHash, tokenId } = generateShareToken()
  const expiresAt = shareLinkExpiresAt(now, validForDays).toISOString()
  const link = await payload.create({
    collection: 'share-links',
    // Share links refuse API writes; ownership was checked above.
    overrideAccess: true,
    data: {
      handout: handout.id,
      createdBy: user.id,
      tokenHash,
      tokenId,
      expiresAt,
      accessCheck,
      label: labelResult.label,
      accessAnswerHash: answer ? hashAccessAnswer({ secret: payload.secret, tokenHash, answer }) : null,
      openCount: 0,
      pdfDownloadCount: 0,
    },
  })
  await recordAuditEvent({ payload, action: 'share.create', actorId: user.id, target: { collection: 'handouts', id: handout.id }, detail: `link ${tokenId}` })
  return { id: link.id, path: `/p/${token}`, tokenId, expiresAt, accessCheck, accessCode }
}
