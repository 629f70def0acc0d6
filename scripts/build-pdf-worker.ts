/**
 * `npm run build:pdf-worker` (part of `npm run build`): bundles the PDF
 * renderer (lib/pdf/renderHandoutPdf.ts and everything it imports) into one
 * plain ES module, dist/pdf-worker/renderHandoutPdf.mjs, which
 * lib/pdf/pdfRenderWorker.mjs loads instead of compiling the TypeScript with
 * tsx at worker start. Compiling at start was most of a cold worker's first
 * render (about 2 s under load).
 *
 * react-pdf, react and qrcode are bundled too: one file with no module
 * resolution started a little faster than the same code with node_modules
 * left external (cold worker to first PDF, 5 alternating runs each on 2 busy
 * cores: median 838 ms bundled, 893 ms external, 1378 ms through tsx).
 * CARELEAF_PDF_BUNDLE_PACKAGES=external builds the other variant to compare.
 * Node built-ins, sharp and pdfkit stay external (see below).
 *
 * Next to the bundle, manifest.json lists the source files that went in, so
 * a dev or test run can tell a stale bundle from a fresh one and fall back to
 * tsx (see pdfRenderWorker.mjs).
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { build } from 'esbuild'

import { PDF_WORKER_BUNDLE_DIR, PDF_WORKER_BUNDLE_FILE, PDF_WORKER_MANIFEST_FILE } from '../lib/pdf/pdfWorkerBundle.mjs'

const rootDir = process.cwd()
const outDir = path.join(rootDir, PDF_WORKER_BUNDLE_DIR)
const outFile = path.join(outDir, PDF_WORKER_BUNDLE_FILE)
/** Measurement switch: keep node_modules out of the bundle (resolved at run time instead). */
const externalPackages = process.env.CARELEAF_PDF_BUNDLE_PACKAGES === 'external'

const started = performance.now()
fs.mkdirSync(outDir, { recursive: true })
const result = await build({
  entryPoints: [path.join(rootDir, 'lib', 'pdf', 'renderHandoutPdf.ts')],
  outfile: outFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: path.join(rootDir, 'tsconfig.json'),
  packages: externalPackages ? 'external' : undefined,
  // sharp is a native addon; pdfkit loads its standard-font metrics with
  // createRequire() and package-internal `#standard-fonts/*` imports, which
  // only resolve from its own folder.
  external: ['sharp', 'pdfkit'],
  // CommonJS dependencies call require() for Node built-ins; an ES module has no require of its own.
  banner: { js: "import { createRequire as __careleafCreateRequire } from 'node:module'; const require = __careleafCreateRequire(import.meta.url);" },
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: false,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
})

const inputs = Object.keys(result.metafile.inputs)
  .filter((input) => !input.includes('node_modules/'))
  .sort()
const manifest = {
  builtAt: new Date().toISOString(),
  packages: externalPackages ? 'external' : 'bundled',
  // Relative to the repository root. A newer mtime on any of these, or on package-lock.json, makes the bundle stale in dev.
  inputs: [...inputs, 'package-lock.json'],
}
fs.writeFileSync(path.join(outDir, PDF_WORKER_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
const bytes = fs.statSync(outFile).size
console.log(
  `[careleaf] PDF worker bundle: ${path.relative(rootDir, outFile)} (${(bytes / 1024).toFixed(0)} KB, ${inputs.length} source files, packages ${manifest.packages}) in ${(performance.now() - started).toFixed(0)} ms`,
)
