import crypto from 'node:crypto'
import fs from 'node:fs'

import { choosePdfRendererModule } from '@/lib/pdf/pdfWorkerBundle.mjs'

let cached: string | undefined

/**
 * The renderer's version: a hash of the PDF worker bundle the workers load
 * (layout, fonts' loader, react-pdf, all in one file), so a deploy with any
 * change to how a handout is drawn stops matching every cached PDF. When the
 * workers render from source instead (a dev server, vitest), a per-process
 * value: nothing another process cached is trusted, since its source may
 * have differed.
 */
export function pdfRendererVersion(rootDir: string = process.cwd()): string {
  if (cached) return cached
  const renderer = choosePdfRendererModule({ rootDir })
  // A worker named by CARELEAF_PDF_WORKER_PATH (tests' stand-in, a custom deployment) is not the bundle hashed here.
  const customWorker = Boolean(process.env.CARELEAF_PDF_WORKER_PATH?.trim())
  cached =
    renderer.kind === 'bundle' && !customWorker
      ? `bundle-${crypto.createHash('sha256').update(fs.readFileSync(renderer.file)).digest('base64url').slice(0, 22)}`
      : `process-${crypto.randomBytes(12).toString('base64url')}`
  return cached
}
