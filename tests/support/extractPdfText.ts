import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

import type * as PdfJsModule from 'pdfjs-dist'
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api'

export interface ExtractedPdf {
  /** All pages' text, pages separated by a blank line. Lines end in "\n". */
  text: string
  /** One string per page, in page order. */
  pages: string[]
  numPages: number
  /** The PDF Info dictionary (Title, Author, Subject, Creator, Producer, CreationDate…). */
  info: Record<string, unknown>
  /** Bookmark titles, depth-first, with their nesting depth (0 = top level). */
  outline: Array<{ title: string; depth: number }>
  /** Page dimensions in points, e.g. 612 × 792 for US Letter. */
  pageSizes: Array<{ width: number; height: number }>
}

type PdfJs = typeof PdfJsModule

let pdfJsReady: Promise<PdfJs> | null = null

/**
 * pdf.js normally parses in a Web Worker, which Node lacks. Loading its worker
 * module into this thread first makes it register `globalThis.pdfjsWorker`,
 * and pdf.js then runs the parser in-thread with no worker and no warning.
 */
async function loadPdfJs(): Promise<PdfJs> {
  pdfJsReady ??= (async () => {
    const require = createRequire(import.meta.url)
    // A computed specifier: the worker module ships without type declarations.
    const workerModuleUrl = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href
    await import(workerModuleUrl)
    const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    return pdfjs
  })()
  return pdfJsReady
}

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

interface OutlineEntry {
  title: string
  items: unknown
}

function isOutlineEntry(value: unknown): value is OutlineEntry {
  return isRecord(value) && typeof value.title === 'string'
}

function flattenOutline(entries: unknown, depth: number, into: Array<{ title: string; depth: number }>): void {
  if (!Array.isArray(entries)) return
  for (const entry of entries) {
    if (!isOutlineEntry(entry)) continue
    into.push({ title: entry.title, depth })
    flattenOutline(entry.items, depth + 1, into)
  }
}

/** Parses a PDF and returns its text, page by page, in content-stream order (top to bottom for react-pdf output). */
export async function extractPdfText(pdf: Uint8Array | Buffer): Promise<ExtractedPdf> {
  const pdfjs = await loadPdfJs()
  // pdf.js transfers (detaches) the buffer it is given and rejects Node Buffers; a copy protects the caller's bytes.
  const data = new Uint8Array(pdf)
  const loadingTask = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  })
  const document = await loadingTask.promise
  try {
    const pages: string[] = []
    const pageSizes: Array<{ width: number; height: number }> = []
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const page = await document.getPage(pageNumber)
      const content = await page.getTextContent()
      let pageText = ''
      for (const item of content.items) {
        if (!isTextItem(item)) continue
        pageText += item.str
        if (item.hasEOL) pageText += '\n'
      }
      pages.push(pageText.trimEnd())
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view
      pageSizes.push({ width: Math.round((x1 - x0) * 100) / 100, height: Math.round((y1 - y0) * 100) / 100 })
      page.cleanup()
    }
    const metadata = await document.getMetadata()
    const info: Record<string, unknown> = isRecord(metadata.info) ? { ...metadata.info } : {}
    const outline: Array<{ title: string; depth: number }> = []
    flattenOutline(await document.getOutline(), 0, outline)
    return { text: pages.join('\n\n'), pages, numPages: document.numPages, info, outline, pageSizes }
  } finally {
    await loadingTask.destroy()
  }
}
