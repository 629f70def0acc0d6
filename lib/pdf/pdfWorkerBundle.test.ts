import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { choosePdfRendererModule, PDF_WORKER_BUNDLE_DIR, PDF_WORKER_BUNDLE_FILE, PDF_WORKER_MANIFEST_FILE } from './pdfWorkerBundle.mjs'

describe('choosePdfRendererModule', () => {
  let rootDir: string
  const bundleFile = () => path.join(rootDir, PDF_WORKER_BUNDLE_DIR, PDF_WORKER_BUNDLE_FILE)

  function writeBundle({ builtAt, inputs }: { builtAt: Date; inputs: string[] }): void {
    fs.mkdirSync(path.join(rootDir, PDF_WORKER_BUNDLE_DIR), { recursive: true })
    fs.writeFileSync(bundleFile(), 'export {}\n')
    fs.writeFileSync(path.join(rootDir, PDF_WORKER_BUNDLE_DIR, PDF_WORKER_MANIFEST_FILE), JSON.stringify({ builtAt: builtAt.toISOString(), inputs }))
  }

  function writeSource(relative: string, modified: Date): void {
    const file = path.join(rootDir, relative)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, '// source\n')
    fs.utimesSync(file, modified, modified)
  }

  beforeEach(() => {
    rootDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-pdf-bundle-'))
  })
  afterEach(() => {
    fs.rmSync(rootDir, { recursive: true, force: true })
  })

  const built = new Date('2026-11-29T09:00:00Z')
  const before = new Date('2026-11-29T08:00:00Z')
  const after = new Date('2026-11-29T10:00:00Z')

  it('uses the sources when nothing was built', () => {
    expect(choosePdfRendererModule({ rootDir, env: {} })).toMatchObject({ kind: 'source' })
  })

  it('uses a bundle that is newer than every source it was built from', () => {
    writeSource('lib/pdf/renderHandoutPdf.ts', before)
    writeBundle({ builtAt: built, inputs: ['lib/pdf/renderHandoutPdf.ts'] })
    expect(choosePdfRendererModule({ rootDir, env: {} })).toEqual({ kind: 'bundle', file: bundleFile() })
  })

  it('falls back to the sources when one of them changed or disappeared after the build', () => {
    writeSource('lib/pdf/renderHandoutPdf.ts', before)
    writeSource('lib/pdf/HandoutDocument.tsx', after)
    writeBundle({ builtAt: built, inputs: ['lib/pdf/renderHandoutPdf.ts', 'lib/pdf/HandoutDocument.tsx'] })
    expect(choosePdfRendererModule({ rootDir, env: {} })).toEqual({ kind: 'source', reason: 'lib/pdf/HandoutDocument.tsx changed since the bundle was built' })

    writeBundle({ builtAt: built, inputs: ['lib/pdf/renderHandoutPdf.ts', 'lib/pdf/gone.ts'] })
    expect(choosePdfRendererModule({ rootDir, env: {} })).toEqual({ kind: 'source', reason: 'lib/pdf/gone.ts is gone since the bundle was built' })
  })

  it('trusts the bundle in production without checking the sources, and never when told not to', () => {
    writeSource('lib/pdf/renderHandoutPdf.ts', after)
    writeBundle({ builtAt: built, inputs: ['lib/pdf/renderHandoutPdf.ts'] })
    expect(choosePdfRendererModule({ rootDir, env: { NODE_ENV: 'production' } })).toEqual({ kind: 'bundle', file: bundleFile() })
    expect(choosePdfRendererModule({ rootDir, env: { NODE_ENV: 'production', CARELEAF_PDF_WORKER_PREBUILT: '0' } })).toMatchObject({ kind: 'source' })
  })

  it('falls back to the sources when the manifest is unreadable', () => {
    writeBundle({ builtAt: built, inputs: [] })
    fs.writeFileSync(path.join(rootDir, PDF_WORKER_BUNDLE_DIR, PDF_WORKER_MANIFEST_FILE), '{not json')
    expect(choosePdfRendererModule({ rootDir, env: {} })).toMatchObject({ kind: 'source', reason: 'the bundle has no readable manifest' })
  })
})
