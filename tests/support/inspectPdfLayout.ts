import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

import type * as PdfJsLegacy from 'pdfjs-dist/legacy/build/pdf.mjs'

type PdfJs = typeof PdfJsLegacy

let pdfJsReady: Promise<PdfJs> | undefined

async function loadPdfJs(): Promise<PdfJs> {
  pdfJsReady ??= (async () => {
    const require = createRequire(import.meta.url)
    await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href)
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return pdfJsReady
}

export interface PdfPageLayout {
  /** Each text run with its rendered font size in points (from the text matrix). */
  runs: Array<{ text: string; size: number }>
  /** Raster images drawn on the page (QR codes, logos). */
  imageCount: number
}

/** Font sizes and images per page, parsed back with pdf.js: what a reader would see, not what we asked for. */
export async function inspectPdfLayout(pdf: Uint8Array | Buffer): Promise<PdfPageLayout[]> {
  const pdfjs = await loadPdfJs()
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: pdfjs.VerbosityLevel.ERRORS })
    .promise
  try {
    const pages: PdfPageLayout[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      const runs = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [{ text: item.str, size: Math.round(Math.hypot(item.transform[0] as number, item.transform[1] as number) * 10) / 10 }]
          : [],
      )
      const operators = await page.getOperatorList()
      const imageOps = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject])
      pages.push({ runs, imageCount: operators.fnArray.filter((op) => imageOps.has(op)).length })
    }
    return pages
  } finally {
    await document.destroy()
  }
}
