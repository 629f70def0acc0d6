import { performance } from 'node:perf_hooks'

import type { HandoutDocumentData } from '../../../lib/handouts/types'
import { PdfRenderPool } from '../../../lib/pdf/pdfRenderPool'
import { load1, type FigureReport } from '../report'
import { fmt, mb, peakSampler, percentile } from '../stats'
import { countPages, type RendererRow } from './rendererRow'

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

/** `runs` renders on a warmed one-worker pool: latency, pages, and how the whole process's RSS moves. */
async function benchWarmRenders(
  data: HandoutDocumentData,
  runs: number,
): Promise<{ row: RendererRow; rssGrowthPct: number; rssBefore: number; rssAfter: number }> {
  const pool = new PdfRenderPool({ size: 1 })
  const rssAtStart = process.memoryUsage().rss
  const sampler = peakSampler(() => process.memoryUsage().rss)
  let started = performance.now()
  const firstPdf = await pool.render(data)
  const first = performance.now() - started
  for (let i = 0; i < WARMUP; i++) await pool.render(data)
  global.gc?.()
  const rssBefore = process.memoryUsage().rss
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    started = performance.now()
    await pool.render(data)
    times.push(performance.now() - started)
  }
  global.gc?.()
  const rssAfter = process.memoryUsage().rss
  const peakRss = sampler.stop()
  await pool.close()
  return {
    row: {
      label: 'react-pdf, worker pool (1 worker)',
      runs,
      first,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      pages: await countPages(firstPdf),
      memory: `process RSS peak ${fmt(mb(peakRss))} MB (+${fmt(mb(peakRss - rssAtStart))} MB over the idle script)`,
      peakBytes: peakRss,
    },
    rssGrowthPct: ((rssAfter - rssBefore) / rssBefore) * 100,
    rssBefore,
    rssAfter,
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
  const warm = await benchWarmRenders(data, runs)
  report.add('A', `p50 over ${runs} renders after ${WARMUP} warm-up`, `${fmt(warm.row.p50, 1)} ms`, {
    text: `≤ ${TARGETS.p50Ms} ms`,
    met: warm.row.p50 <= TARGETS.p50Ms,
  })
  report.add('A', 'p95', `${fmt(warm.row.p95, 1)} ms`)
  report.add('A', 'pages', String(warm.row.pages))
  report.add(
    'A',
    `RSS growth across the ${runs} renders`,
    `${warm.rssGrowthPct >= 0 ? '+' : ''}${fmt(warm.rssGrowthPct, 1)}% (${fmt(mb(warm.rssBefore))} → ${fmt(mb(warm.rssAfter))} MB)`,
    {
      text: `≤ ${TARGETS.rssGrowthPct}%`,
      met: warm.rssGrowthPct <= TARGETS.rssGrowthPct,
    },
  )
  return warm.row
}
