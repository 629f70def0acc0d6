/**
 * `npm run bench:pdf`: how fast and how lean handout PDFs are. A benchmark,
 * not a test: it prints each figure beside its target (PASS/MISS) and the
 * machine's load average when it was taken, and fails only on outright errors.
 *
 *  A. react-pdf in the worker pool: the seeded handout (every section kind,
 *     the clinic logo as its one image, a QR code). First render from a cold
 *     worker (thread start, renderer load, fonts), with the prebuilt bundle
 *     (dist/pdf-worker, `npm run build:pdf-worker`) and, for reference, with
 *     the TypeScript sources through tsx; then N renders after warm-up, twice
 *     at once in two processes, with worker recycling off (as before) and on
 *     (the server's defaults): p50, p95, pages, RSS growth (median RSS of
 *     the last tenth of the renders against the first tenth), worker heap.
 *  B. The same handout as HTML printed by headless Chromium `page.pdf()`:
 *     a warm browser with one reused page, and a browser launched per request.
 *  C. `next start` (127.0.0.1, its own throwaway PostgreSQL): rounds of 4
 *     concurrent downloads of handouts never downloaded before (4 uncached
 *     renders at once) while a second client loads /library and an open
 *     share page /p/<token> in turn: failures, both pages' p50/p95 idle and
 *     under load, CPU by thread, repeat downloads of a cached PDF, the
 *     server's peak memory. Needs `npm run build`.
 *
 * Knobs: BENCH_RUNS (1000), BENCH_COLD_STARTS (3), BENCH_CHROMIUM_WARM_RUNS (50),
 * BENCH_CHROMIUM_COLD_RUNS (10), BENCH_SERVER_ROUNDS (5), BENCH_PORT (3213;
 * C's second server takes the next port), BENCH_PARTS (AC; `A` runs A and B,
 * `C` only the server), BENCH_SKIP_SERVER=1 (same as BENCH_PARTS=A),
 * BENCH_SERVER_COMPARE=nice (C with two servers side by side, PDF workers at
 * nice 0 and at nice +10, taking the load in turn).
 *
 * Each part lives in scripts/bench/pdf/ (reactPdf, chromium, server); this
 * file reads the knobs, runs them and prints the report.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { choosePdfRendererModule } from '../lib/pdf/pdfWorkerBundle.mjs'
import { DEMO_CLINIC_LOGO_FILE_NAME, demoClinicLogoPng } from '../lib/seed/demoClinicLogo'
import { benchChromium, handoutHtml } from './bench/pdf/chromium'
import { benchReactPdf } from './bench/pdf/reactPdf'
import { printRendererTable } from './bench/pdf/rendererRow'
import { seededHandout } from './bench/pdf/seededHandout'
import { benchServer, serverVariants } from './bench/pdf/server'
import { FigureReport, loadAverages } from './bench/report'

const RUNS = positiveInt(process.env.BENCH_RUNS, 1000)
const COLD_STARTS = positiveInt(process.env.BENCH_COLD_STARTS, 3)
const SERVER_ROUNDS = positiveInt(process.env.BENCH_SERVER_ROUNDS, 5)
/** `A` (react-pdf, with B: Chromium beside it) and/or `C` (next start); both by default. */
const PARTS = (process.env.BENCH_PARTS ?? 'AC').toUpperCase()
const CHROMIUM_WARM_RUNS = positiveInt(process.env.BENCH_CHROMIUM_WARM_RUNS, 50)
const CHROMIUM_COLD_RUNS = positiveInt(process.env.BENCH_CHROMIUM_COLD_RUNS, 10)
const PORT = positiveInt(process.env.BENCH_PORT, 3213)

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

const report = new FigureReport()
const rendererChoice = choosePdfRendererModule({ rootDir: process.cwd() })
console.log(
  `Careleaf PDF benchmark · ${new Date().toISOString()} · node ${process.version} · ${os.availableParallelism()} CPUs · load average ${loadAverages()} · ${crypto.randomUUID().slice(0, 8)}`,
)
console.log(
  `PDF workers load: ${rendererChoice.kind === 'bundle' ? `the prebuilt bundle (${path.relative(process.cwd(), rendererChoice.file)})` : `the TypeScript sources through tsx (${rendererChoice.reason})`}`,
)

// The logo goes where the worker reads media from; workers inherit the environment.
const benchMediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-bench-pdf-logo-'))
const logoPng = await demoClinicLogoPng()
fs.writeFileSync(path.join(benchMediaDir, DEMO_CLINIC_LOGO_FILE_NAME), logoPng)
process.env.CARELEAF_MEDIA_DIR = benchMediaDir
const data = seededHandout({ logoFileName: DEMO_CLINIC_LOGO_FILE_NAME, port: PORT })
const kinds = [...new Set(data.sections.map((section) => section.blockType ?? 'text'))].join(', ')
console.log(
  `Handout: "${data.title}", ${data.sections.length} sections (${kinds}), instructions, follow-up, sources, the clinic logo (its one image) and a QR code.\n`,
)

if (PARTS.includes('A')) {
  // A measures the renderer, so its worker runs at normal priority like Chromium in B. The
  // server (C) keeps its default, nice +10: on a machine shared with other work a niced
  // worker would measure the other work's load more than react-pdf.
  process.env.CARELEAF_PDF_WORKER_NICE = '0'
  console.log('A and B run at normal CPU priority; C runs the server as deployed (PDF workers at nice +10 on Linux).')
  const reactPdf = await benchReactPdf(data, { runs: RUNS, coldStarts: COLD_STARTS, bundleBuilt: rendererChoice.kind === 'bundle', report })
  const chromium = await benchChromium(await handoutHtml(data, logoPng), { warmRuns: CHROMIUM_WARM_RUNS, coldRuns: CHROMIUM_COLD_RUNS, reactPdf, report })
  printRendererTable([reactPdf, ...chromium])
}
delete process.env.CARELEAF_PDF_WORKER_NICE
if (process.env.BENCH_SKIP_SERVER === '1' || !PARTS.includes('C')) console.log('C skipped (BENCH_SKIP_SERVER=1 or BENCH_PARTS).\n')
else {
  try {
    for (const line of await benchServer({ port: PORT, rounds: SERVER_ROUNDS, report, variants: serverVariants(process.env.BENCH_SERVER_COMPARE) }))
      console.log(line)
    console.log('')
  } catch (error) {
    console.log(`C failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
fs.rmSync(benchMediaDir, { recursive: true, force: true })

report.print()
console.log(`\nLoad average at the end: ${loadAverages()} (1 / 5 / 15 min).`)
