import type { Payload } from 'payload'

import { renderHandoutPdfInWorker } from '@/lib/pdf/pdfRenderPool'
import { handoutPdfFileName } from '@/lib/pdf/renderHandoutPdf'
import type { Handout } from '@/payload-types'

import { toHandoutDocumentData } from './toHandoutDocumentData'
import type { HandoutDocumentData } from './types'

/** Renders an already-authorised handout to a PDF download response. */
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
  // The PDF renderer draws the QR code of `shareUrl` itself (shareLinkQrPng in lib/pdf/renderHandoutPdf).
  const data = { ...(await toHandoutDocumentData({ payload, handout, shareUrl })), shareAccess: shareAccess ?? null }
  const pdf = await renderHandoutPdfInWorker(data)
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
