import type { Payload } from 'payload'

import { handoutPdfFileName } from '@/lib/pdf/renderHandoutPdf'
import { renderCachedHandoutPdf } from '@/lib/pdfCache/renderCachedHandoutPdf'
import type { Handout } from '@/payload-types'

import { toHandoutDocumentData } from './toHandoutDocumentData'
import type { HandoutDocumentData } from './types'

/**
 * What the renderer draws for a handout, and so what its cache key hashes:
 * the download and every background render build it here, so a pre-rendered
 * copy is the one the download asks for.
 */
export async function handoutPdfData({
  payload,
  handout,
  shareUrl,
  shareAccess,
}: {
  payload: Payload
  handout: Handout
  shareUrl?: string | null
  shareAccess?: HandoutDocumentData['shareAccess']
}): Promise<HandoutDocumentData> {
  // The PDF renderer draws the QR code of `shareUrl` itself (shareLinkQrPng in lib/pdf/renderHandoutPdf).
  return { ...(await toHandoutDocumentData({ payload, handout, shareUrl })), shareAccess: shareAccess ?? null }
}

/** An already-authorised handout as a PDF download response, from the shared cache when it was rendered before. */
export async function renderHandoutPdfResponse({
  payload,
  handout,
  shareUrl,
  shareAccess,
}: {
  payload: Payload
  handout: Handout
  shareUrl?: string | null
  shareAccess?: HandoutDocumentData['shareAccess']
}): Promise<Response> {
  const data = await handoutPdfData({ payload, handout, shareUrl, shareAccess })
  const { pdf } = await renderCachedHandoutPdf({ payload, handoutId: handout.id, data })
  const fileName = handoutPdfFileName({ title: data.title, patientName: data.patientName, createdAt: data.createdAt })
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/**
 * Renders the clinician's copy of a new handout in the background, so the
 * first download is already cached. Never fails its caller: the download
 * renders if this did not finish.
 */
export function prerenderHandoutPdf({ payload, handout }: { payload: Payload; handout: Handout }): void {
  void (async () => {
    const data = await handoutPdfData({ payload, handout })
    await renderCachedHandoutPdf({ payload, handoutId: handout.id, data })
  })().catch((error: unknown) => console.warn(`PDF pre-render for handout ${handout.id} failed (${error instanceof Error ? error.name : 'unknown error'}).`))
}
