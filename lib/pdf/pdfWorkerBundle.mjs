// Where the prebuilt PDF renderer lives and whether to use it. Plain
// JavaScript because pdfRenderWorker.mjs (which Node runs straight from disk)
// imports it; scripts/build-pdf-worker.ts writes the files named here.

import fs from 'node:fs'
import path from 'node:path'

/** Relative to the repository root; ignored by git. */
export const PDF_WORKER_BUNDLE_DIR = path.join('dist', 'pdf-worker')
export const PDF_WORKER_BUNDLE_FILE = 'renderHandoutPdf.mjs'
export const PDF_WORKER_MANIFEST_FILE = 'manifest.json'

/**
 * Decides which renderer module a worker loads.
 *
 * - `CARELEAF_PDF_WORKER_PREBUILT=0` forces the TypeScript sources (through tsx).
 * - No bundle: the sources (`npm run dev` and vitest work without a build).
 * - Production (`NODE_ENV=production`): the bundle, unchecked; it was built with the app.
 * - Otherwise the bundle only while it is fresh: every source file it was
 *   built from (listed in its manifest) is older than the build. A developer
 *   editing the renderer gets their edit, not yesterday's bundle.
 *
 * @param {{ rootDir: string, env?: Record<string, string | undefined> }} options
 * @returns {{ kind: 'bundle', file: string } | { kind: 'source', reason: string }}
 */
export function choosePdfRendererModule({ rootDir, env = process.env }) {
  if (env.CARELEAF_PDF_WORKER_PREBUILT === '0') return { kind: 'source', reason: 'CARELEAF_PDF_WORKER_PREBUILT=0' }
  const dir = path.join(rootDir, PDF_WORKER_BUNDLE_DIR)
  const file = path.join(dir, PDF_WORKER_BUNDLE_FILE)
  if (!fs.existsSync(file)) return { kind: 'source', reason: 'no bundle (run `npm run build:pdf-worker`)' }
  if (env.NODE_ENV === 'production') return { kind: 'bundle', file }

  let manifest
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, PDF_WORKER_MANIFEST_FILE), 'utf8'))
  } catch {
    return { kind: 'source', reason: 'the bundle has no readable manifest' }
  }
  const builtAt = Date.parse(manifest?.builtAt)
  if (!Number.isFinite(builtAt) || !Array.isArray(manifest.inputs)) return { kind: 'source', reason: 'the bundle manifest is malformed' }
  for (const input of manifest.inputs) {
    let modified
    try {
      modified = fs.statSync(path.join(rootDir, String(input))).mtimeMs
    } catch {
      return { kind: 'source', reason: `${input} is gone since the bundle was built` }
    }
    if (modified > builtAt) return { kind: 'source', reason: `${input} changed since the bundle was built` }
  }
  return { kind: 'bundle', file }
}
