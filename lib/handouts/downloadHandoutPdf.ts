import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { findShareLinkPrintout } from '@/lib/share/findShareLinkPrintout'

import { findHandoutForUser } from './findHandoutForUser'
import { renderHandoutPdfResponse } from './renderHandoutPdfResponse'

/** A link just created, as the clinician's browser holds it: the raw token and code are never stored. */
export interface PrintedShareLink {
  token: string
  accessCode: string | null
  /** The patient's URL for `token`, printed with its QR code. */
  shareUrl: string
}

/**
 * The handout's PDF as the user may download it, audited; null when the
 * handout is not theirs to read or, with `link`, the link is not an active
 * one of this handout that they manage.
 */
export async function downloadHandoutPdf({
  payload,
  user,
  handoutId,
  link,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  link?: PrintedShareLink
}): Promise<Response | null> {
  if (!link) {
    const handout = await findHandoutForUser({ payload, user, handoutId })
    if (!handout) return null
    const response = await renderHandoutPdfResponse({ payload, handout })
    await recordAuditEvent({ payload, action: 'handout.pdf', actorId: user.id, target: { collection: 'handouts', id: handout.id } })
    return response
  }

  const printout = await findShareLinkPrintout({ payload, user, handoutId, token: link.token, accessCode: link.accessCode })
  if (!printout) return null
  const response = await renderHandoutPdfResponse({
    payload,
    handout: printout.handout,
    shareUrl: link.shareUrl,
    shareAccess: { accessCode: printout.accessCode, asksBirthYear: printout.link.accessCheck === 'birth-year' },
  })
  await recordAuditEvent({
    payload,
    action: 'handout.pdf',
    actorId: user.id,
    target: { collection: 'handouts', id: printout.handout.id },
    detail: `link ${printout.link.tokenId}`,
  })
  return response
}
