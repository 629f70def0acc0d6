import { spawn } from 'node:child_process'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { HandoutDocumentData } from '../../../lib/handouts/types'
import { PdfRenderPool } from '../../../lib/pdf/pdfRenderPool'
import { load1, type FigureReport } from '../report'
import { fmt, mb, percentile } from '../stats'
import { countPages, type RendererRow } from './rendererRow'
import type { RenderSeriesResult } from './renderSeries'

const WARMUP = 10
const TARGETS = { firstRenderMs: 1500, p50Ms: 150, rssGrowthPct: 10 }

/**
 * One render on a brand-new one-worker pool: thread start, renderer load
 * (the prebuilt bundle or the TypeScript sources through tsx), font parsing
 * and a first, not yet optimised layout. What the first download after a
 * server start costs when the pool is not warmed.
 */
async function coldFirstRender(data: HandoutDocumentData, renderer: 'bundle' | 'source'): Promise<number> {
  // Workers copy the environment when they start; this one decides which module they load.
  if (renderer === 'source') process.env.CARELEAF_PDF_WORKER_PREBUILT = '0'
  else delete process.env.CARELEAF_PDF_WORKER_PREBUILT
  const pool = new PdfRenderPool({ size: 1 })
  try {
    const started = performance.now()
    await pool.render(data)
    return performance.now() - started
  } finally {
    await pool.close()
    delete process.env.CARELEAF_PDF_WORKER_PREBUILT
  }
}

/** Cold starts first, while nothing else of react-pdf is loaded in this process; the bundle's only when it was built. */
async function benchColdStarts(
  data: HandoutDocumentData,
  { coldStarts, bundleBuilt, report }: { coldStarts: number; bundleBuilt: boolean; report: FigureReport },
): Promise<void> {
  const coldBundle: number[] = []
  const coldSource: number[] = []
  if (bundleBuilt) for (let i = 0; i < coldStarts; i++) coldBundle.push(await coldFirstRender(data, 'bundle'))
  const loadAfterBundle = load1()
  for (let i = 0; i < coldStarts; i++) coldSource.push(await coldFirstRender(data, 'source'))
  const coldList = (samples: number[]) => samples.map((sample) => fmt(sample)).join(' / ')
  const firstRenderTarget = (samples: number[]) => ({ text: `≤ ${TARGETS.firstRenderMs} ms`, met: percentile(samples, 50) <= TARGETS.firstRenderMs })
  if (coldBundle.length > 0) {
    report.add(
      'A',
      `first render, cold worker, prebuilt bundle (median of ${coldStarts}: ${coldList(coldBundle)})`,
      `${fmt(percentile(coldBundle, 50))} ms`,
      firstRenderTarget(coldBundle),
      loadAfterBundle,
    )
  }
  report.add(
    'A',
    `first render, cold worker, tsx sources (median of ${coldStarts}: ${coldList(coldSource)})`,
    `${fmt(percentile(coldSource, 50))} ms`,
    coldBundle.length > 0 ? undefined : firstRenderTarget(coldSource),
  )
}

/** The worker's recycling limits for one series: the server's defaults, or both off (how every worker ran before). */
type RecycleMode = 'on' | 'off'

/** Median of the samples in [from, to) of the list. */
const medianOf = (samples: number[], from: number, to: number) => percentile(samples.slice(from, to), 50)

/**
 * RSS growth over a series, after warm-up: the median process RSS over the
 * last tenth of the renders against the median over the first tenth. Medians
 * of many samples, so one render landing while a recycled worker's
 * replacement starts (briefly two threads) does not decide the figure.
 */
function rssGrowth(rss: number[]): { pct: number; from: number; to: number } {
  const tenth = Math.max(1, Math.floor(rss.length / 10))
  const from = medianOf(rss, 0, tenth)
  const to = medianOf(rss, rss.length - tenth, rss.length)
  return { pct: ((to - from) / from) * 100, from, to }
}

/** `runs` renders after warm-up on a one-worker pool in a process of its own (scripts/bench/pdf/renderSeries.ts). */
async function renderSeries(runs: number, mode: RecycleMode): Promise<RenderSeriesResult & { load: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_SERIES_RUNS: String(runs), BENCH_SERIES_WARMUP: String(WARMUP) }
  if (mode === 'off') Object.assign(env, { CARELEAF_PDF_WORKER_MAX_RENDERS: '0', CARELEAF_PDF_WORKER_MAX_HEAP_MB: '0' })
  const script = path.join(import.meta.dirname, 'renderSeries.ts')
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`the render series (recycling ${mode}) exited with code ${code}`))))
  })
  const line = output.trim().split('\n').pop() ?? ''
  return { ...(JSON.parse(line) as RenderSeriesResult), load: load1() }
}

/**
 * Part A's warm renders, twice at the same time, each series in its own
 * process (so each RSS is its own) and both on the same busy machine: with
 * worker recycling off (every worker lived for ever, as before) and with the
 * defaults the server runs with. Each has about one core of two, so their
 * latencies are those of a render beside another. The row compared with
 * Chromium is the second.
 */
async function benchWarmRenders(runs: number, report: FigureReport): Promise<RendererRow> {
  const [recyclingOff, recyclingOn] = await Promise.all([renderSeries(runs, 'off'), renderSeries(runs, 'on')])
  const series = { off: recyclingOff, on: recyclingOn }
  for (const mode of ['off', 'on'] as const) {
    const result = series[mode]
    const growth = rssGrowth(result.rss)
    const limits =
      mode === 'off' ? 'recycling off' : `recycled after ${result.maxRendersPerWorker} renders or ${result.maxWorkerHeapMb} MB heap (${result.recycled} times)`
    report.add(
      'A',
      `${limits}: p50 / p95 over ${runs} renders after ${WARMUP} warm-up, beside the other series`,
      `${fmt(percentile(result.times, 50), 1)} / ${fmt(percentile(result.times, 95), 1)} ms`,
      mode === 'on' ? { text: `p50 ≤ ${TARGETS.p50Ms} ms`, met: percentile(result.times, 50) <= TARGETS.p50Ms } : undefined,
      result.load,
    )
    report.add(
      'A',
      `${limits}: RSS growth over the ${runs} renders (median of the last tenth vs the first), peak, worker heap at the end`,
      `${growth.pct >= 0 ? '+' : ''}${fmt(growth.pct, 1)}% (${fmt(mb(growth.from))} → ${fmt(mb(growth.to))} MB), peak ${fmt(mb(Math.max(...result.rss)))} MB, heap ${fmt(mb(result.workerHeap.at(-1) ?? 0))} MB`,
      { text: `± ${TARGETS.rssGrowthPct}%`, met: Math.abs(growth.pct) <= TARGETS.rssGrowthPct },
      result.load,
    )
  }
  const on = series.on
  const peak = Math.max(...on.rss)
  return {
    label: 'react-pdf, worker pool (1 worker)',
    runs,
    first: on.firstMs,
    p50: percentile(on.times, 50),
    p95: percentile(on.times, 95),
    pages: await countPages(Buffer.from(on.firstPdfBase64, 'base64')),
    memory: `process RSS peak ${fmt(mb(peak))} MB`,
    peakBytes: peak,
  }
}

/**
 * Part A, react-pdf in the worker pool: cold first renders (prebuilt bundle
 * and tsx sources), then `runs` renders after warm-up. Its row is what part B
 * compares Chromium with.
 */
export async function benchReactPdf(
  data: HandoutDocumentData,
  options: { runs: number; coldStarts: number; bundleBuilt: boolean; report: FigureReport },
): Promise<RendererRow> {
  const { runs, report } = options
  await benchColdStarts(data, options)
  return benchWarmRenders(runs, report)
}
