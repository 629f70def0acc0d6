/**
 * One series of warm renders on a one-worker pool, run as its own process by
 * part A (reactPdf.ts) so that each configuration's RSS is its own: the
 * worker is a thread, so its memory is only visible as the whole process's.
 * Reads BENCH_SERIES_RUNS, BENCH_SERIES_WARMUP and BENCH_PORT, renders the
 * seeded handout (its logo in CARELEAF_MEDIA_DIR, set by the parent), and
 * prints one JSON line: every render's time, the process RSS after every
 * render, the worker's reported heap, and how many workers were recycled.
 * Recycling follows CARELEAF_PDF_WORKER_MAX_RENDERS / _MAX_HEAP_MB as the
 * server would.
 */
import { performance } from 'node:perf_hooks'

import { seededHandout } from './seededHandout'
import { PdfRenderPool } from '../../../lib/pdf/pdfRenderPool'
import { DEMO_CLINIC_LOGO_FILE_NAME } from '../../../lib/seed/demoClinicLogo'

export interface RenderSeriesResult {
  firstMs: number
  times: number[]
  /** Process RSS in bytes after each measured render. */
  rss: number[]
  /** The worker's heap as it reported it after each measured render (0 while a replacement has not answered yet). */
  workerHeap: number[]
  recycled: number
  maxRendersPerWorker: number
  maxWorkerHeapMb: number
  /** The first PDF, base64, to count its pages. */
  firstPdfBase64: string
}

const runs = Number(process.env.BENCH_SERIES_RUNS ?? 1000)
const warmup = Number(process.env.BENCH_SERIES_WARMUP ?? 10)
const data = seededHandout({ logoFileName: DEMO_CLINIC_LOGO_FILE_NAME, port: Number(process.env.BENCH_PORT ?? 3213) })
const pool = new PdfRenderPool({ size: 1 })
let started = performance.now()
const firstPdf = await pool.render(data)
const firstMs = performance.now() - started
for (let i = 0; i < warmup; i++) await pool.render(data)
const result: RenderSeriesResult = {
  firstMs,
  times: [],
  rss: [],
  workerHeap: [],
  recycled: 0,
  maxRendersPerWorker: pool.maxRendersPerWorker,
  maxWorkerHeapMb: pool.maxWorkerHeapMb,
  firstPdfBase64: firstPdf.toString('base64'),
}
for (let i = 0; i < runs; i++) {
  started = performance.now()
  await pool.render(data)
  result.times.push(performance.now() - started)
  result.rss.push(process.memoryUsage().rss)
  result.workerHeap.push(Math.max(0, ...pool.workerHeapBytes))
}
result.recycled = pool.recycledWorkers
await pool.close()
process.stdout.write(`${JSON.stringify(result)}\n`)
