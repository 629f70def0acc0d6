import type { Payload } from 'payload'

import type { HandoutDocumentData } from '@/lib/handouts/types'
import { ensureLocalMediaFiles, mediaFilenamesIn } from '@/lib/media/ensureLocalMediaFiles'
import { renderHandoutPdfInWorker } from '@/lib/pdf/pdfRenderPool'

import { pdfCacheKey } from './pdfCacheKey'
import { type PdfVariant, readCachedPdf, storeCachedPdf } from './pdfCacheStore'
import { pdfRendererVersion } from './pdfRendererVersion'
import { openSealedPdf, sealPdf } from './sealPdf'

/** Renders now in progress, by key: a download arriving while the background render runs waits for it instead of rendering again. */
const inFlight = new Map<string, Promise<Buffer>>()

export function pdfVariantOf(data: Pick<HandoutDocumentData, 'shareUrl' | 'shareAccess'>): PdfVariant {
  if (!data.shareUrl) return 'clinician'
  return data.shareAccess?.accessCode ? 'share-printout' : 'share-link'
}

/** The secrets a printout shows (its link, its access code), which seal its cached copy; null for the clinician's copy. */
function printedSecrets(data: Pick<HandoutDocumentData, 'shareUrl' | 'shareAccess'>): string | null {
  if (!data.shareUrl) return null
  return JSON.stringify([data.shareUrl, data.shareAccess?.accessCode ?? null])
}

function logCacheFailure(what: string, handoutId: number, error: unknown): void {
  // Ids and error names only: the data is a patient's handout.
  console.warn(`PDF cache: ${what} for handout ${handoutId} failed (${error instanceof Error ? error.name : 'unknown error'}); rendering without it.`)
}

/**
 * The handout's PDF from the shared cache when this exact printout (same
 * data, same renderer) was rendered before, by any instance; otherwise
 * rendered in the PDF worker pool and stored. The caller has authorised the
 * reader; a cache failure only costs a render.
 */
export async function renderCachedHandoutPdf({
  payload,
  handoutId,
  data,
}: {
  payload: Payload
  handoutId: number
  data: HandoutDocumentData
}): Promise<{ pdf: Buffer; fromCache: boolean }> {
  const key = pdfCacheKey({ rendererVersion: pdfRendererVersion(), input: data })
  const secret = printedSecrets(data)
  const hit = await readCachedPdf(payload, key).catch((error: unknown) => {
    logCacheFailure('reading', handoutId, error)
    return null
  })
  if (hit) {
    const pdf = hit.sealed ? (secret ? openSealedPdf(hit.bytes, secret, key) : null) : hit.bytes
    if (pdf) return { pdf, fromCache: true }
  }

  const running = inFlight.get(key)
  if (running) return { pdf: await running, fromCache: false }
  const render = (async () => {
    // With media in S3, the logo and pictures are fetched to this instance's folder first: the worker reads files from disk.
    await ensureLocalMediaFiles(mediaFilenamesIn(data))
    const pdf = await renderHandoutPdfInWorker(data)
    const bytes = secret ? sealPdf(pdf, secret, key) : pdf
    await storeCachedPdf(payload, { key, handoutId, variant: pdfVariantOf(data), sealed: secret !== null, bytes }).catch((error: unknown) =>
      logCacheFailure('storing', handoutId, error),
    )
    return pdf
  })()
  inFlight.set(key, render)
  try {
    return { pdf: await render, fromCache: false }
  } finally {
    inFlight.delete(key)
  }
}
