import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { PdfFontCoverageError } from '@/lib/pdf/fontCoverage'
import { renderCachedHandoutPdf } from '@/lib/pdfCache/renderCachedHandoutPdf'
import { findShareLinkPrintout } from '@/lib/share/findShareLinkPrintout'

import { findHandoutForUser } from './findHandoutForUser'
import { handoutPdfData, renderHandoutPdfResponse } from './renderHandoutPdfResponse'
import type { HandoutDocumentData } from './types'

/** A link just created, as the clinician's browser holds it: the raw token and code are never stored. */
export interface PrintedShareLink {
  token: string
  accessCode: string | null
  /** The patient's URL for `token`, printed with its QR code. */
  shareUrl: string
}

/**
 * A PDF its fonts cannot draw, told to the clinician as it is (what is missing, and where), to fix or to give the
 * patient the web page instead; anything else is a failure. Nothing was downloaded, so nothing is audited.
 */
async function renderedOrRefused(render: () => Promise<Response>): Promise<{ response: Response; rendered: boolean }> {
  try {
    return { response: await render(), rendered: true }
  } catch (error) {
    if (!(error instanceof PdfFontCoverageError)) throw error
    return { response: new Response(error.message, { status: 422, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }), rendered: false }
  }
}

type ShareLinkPrintout = NonNullable<Awaited<ReturnType<typeof findShareLinkPrintout>>>

/** What a link's printout tells the patient about opening it: the code to type, or that their birth year is asked. */
function printedShareAccess(printout: ShareLinkPrintout): HandoutDocumentData['shareAccess'] {
  return { accessCode: printout.accessCode, asksBirthYear: printout.link.accessCheck === 'birth-year' }
}

/**
 * Renders a new link's printout in the background, right after the link is
 * made (while its token and code are still at hand), so printing it costs no
 * render. Checked as the download checks it; never fails its caller: the
 * download renders if this did not finish.
 */
export function prerenderShareLinkPrintout({
  payload,
  user,
  handoutId,
  link,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  link: PrintedShareLink
}): Promise<void> {
  return (async () => {
    const printout = await findShareLinkPrintout({ payload, user, handoutId, token: link.token, accessCode: link.accessCode })
    if (!printout) return
    const data = await handoutPdfData({ payload, handout: printout.handout, shareUrl: link.shareUrl, shareAccess: printedShareAccess(printout) })
    await renderCachedHandoutPdf({ payload, handoutId, data })
  })().catch((error: unknown) => {
    // Ids and error names only: the data is a patient's handout.
    console.warn(`PDF pre-render of a link printout for handout ${handoutId} failed (${error instanceof Error ? error.name : 'unknown error'}).`)
  })
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
    const { response, rendered } = await renderedOrRefused(() => renderHandoutPdfResponse({ payload, handout }))
    if (rendered) await recordAuditEvent({ payload, action: 'handout.pdf', actorId: user.id, target: { collection: 'handouts', id: handout.id } })
    return response
  }

  const printout = await findShareLinkPrintout({ payload, user, handoutId, token: link.token, accessCode: link.accessCode })
  if (!printout) return null
  const { response, rendered } = await renderedOrRefused(() =>
    renderHandoutPdfResponse({
      payload,
      handout: printout.handout,
      shareUrl: link.shareUrl,
      shareAccess: printedShareAccess(printout),
    }),
  )
  if (!rendered) return response
  await recordAuditEvent({
    payload,
    action: 'handout.pdf',
    actorId: user.id,
    target: { collection: 'handouts', id: printout.handout.id },
    detail: `link ${printout.link.tokenId}`,
  })
  return response
}
