import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { pdfRenderPoolSize } from '../../../lib/pdf/pdfRenderPool'
import { CLOCK_TICKS_PER_SECOND, descendants, processMemory, threadCpu } from '../procfs'
import type { FigureReport } from '../report'
import type { BenchShareLink } from '../seedBenchShareLink'
import { startSeededNextServer } from '../seededNextServer'
import { signInClinician } from '../signInClinician'
import { fmt, mb, peakSampler, percentile } from '../stats'

const TARGETS = { pageP95Ms: 100 }

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the server did not start in time')
}

async function timedGet(url: string, cookie?: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' })
  const body = await response.arrayBuffer()
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength }
}

async function pageLatency(url: string, cookie?: string): Promise<number> {
  const result = await timedGet(url, cookie)
  if (result.status !== 200) throw new Error(`${new URL(url).pathname.replace(/[A-Za-z0-9_-]{43}/, '<token>')} answered ${result.status}`)
  return result.ms
}

/**
 * Where the CPU went between two snapshots of the server's threads: the
 * request thread, the PDF worker thread(s) (the only ones at a positive nice
 * level), every other thread, and PostgreSQL. Node 20 names all its threads
 * "node"; the others are V8's platform threads (parallel and concurrent
 * garbage collection, background compilation; shared by every isolate, so
 * they also collect the PDF worker's garbage, at normal priority) and libuv's
 * pool.
 */
function describeCpu(
  before: ReturnType<typeof threadCpu>,
  after: ReturnType<typeof threadCpu>,
  serverPid: number,
  postgresTicks: number,
  wallMs: number,
): string {
  const groups = { main: 0, pdfWorkers: 0, other: 0 }
  for (const [tid, thread] of after) {
    const used = thread.cpuTicks - (before.get(tid)?.cpuTicks ?? 0)
    if (tid === serverPid) groups.main += used
    else if (thread.nice > 0) groups.pdfWorkers += used
    else groups.other += used
  }
  const seconds = (ticks: number) => (ticks / CLOCK_TICKS_PER_SECOND).toFixed(1)
  return `   CPU used in those ${fmt(wallMs / 1000, 1)} s: request thread ${seconds(groups.main)} s, PDF worker thread(s) at nice +10 ${seconds(groups.pdfWorkers)} s, other server threads at nice 0 (V8 GC/compiler helpers, libuv pool) ${seconds(groups.other)} s, PostgreSQL ${seconds(postgresTicks)} s.`
}

/**
 * Part C, `next start` (127.0.0.1, its own throwaway PostgreSQL, the seeded
 * topic's every section made into a handout by the demo clinician and shared
 * through an open link): rounds of 4 concurrent PDF downloads while a second
 * client loads /library and the share page in turn. Returns the part's
 * summary lines; the figures go to `report`.
 */
export async function benchServer({ port, rounds, report }: { port: number; rounds: number; report: FigureReport }): Promise<string[]> {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) return ['C skipped: no production build. Run `npm run build` first.']
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-bench-pdf-media-'))
  try {
    const portal = await startSeededNextServer({
      databaseLabel: 'bench_pdf',
      port,
      env: { CARELEAF_MEDIA_DIR: mediaDir },
      // CARELEAF_PDF_WORKERS unset: the server sizes its pool itself (1 worker on 2 cores).
      serverEnv: { CARELEAF_PDF_WORKERS: '' },
    })
    try {
      return await loadServer({ base: portal.baseUrl, server: portal.server, prepared: portal.shareLink, rounds, report })
    } finally {
      await portal.stop()
    }
  } finally {
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }
}

async function loadServer({
  base,
  server,
  prepared,
  rounds,
  report,
}: {
  base: string
  server: ChildProcess
  prepared: BenchShareLink
  rounds: number
  report: FigureReport
}): Promise<string[]> {
  await waitForServer(`${base}/sign-in`, server)
  const serverMemory = () => processMemory(server.pid!) + descendants(server.pid!).reduce((sum, child) => sum + processMemory(child.pid), 0)
  const cookie = await signInClinician(base)
  const pdfUrl = `${base}/handouts/${prepared.handoutId}/pdf`
  const libraryUrl = `${base}/library`
  const shareUrl = `${base}${prepared.sharePath}`

  // The pool was warmed at server start (instrumentation.ts); this is what the first clinician waits.
  const firstDownload = await timedGet(pdfUrl, cookie)
  if (firstDownload.status !== 200) throw new Error(`the PDF download answered ${firstDownload.status}`)
  report.add('C', 'first PDF download after start (pool warmed at start)', `${fmt(firstDownload.ms)} ms`)

  // Warm up: compile routes, fill caches.
  for (let i = 0; i < 2; i++) await timedGet(pdfUrl, cookie)
  for (let i = 0; i < 10; i++) {
    await pageLatency(libraryUrl, cookie)
    await pageLatency(shareUrl)
  }
  const idle = { library: [] as number[], share: [] as number[] }
  for (let i = 0; i < 40; i++) {
    idle.library.push(await pageLatency(libraryUrl, cookie))
    idle.share.push(await pageLatency(shareUrl))
  }
  report.add('C', '/library idle p50 / p95', `${fmt(percentile(idle.library, 50))} / ${fmt(percentile(idle.library, 95))} ms`)
  report.add('C', '/p/<token> idle p50 / p95', `${fmt(percentile(idle.share, 50))} / ${fmt(percentile(idle.share, 95))} ms`)

  // Own CPU only (utime + stime), as before: PostgreSQL's reaped backends are not in this figure.
  const postgresCpu = () =>
    descendants(process.pid)
      .filter((child) => /postgres/.test(child.cmdline))
      .reduce((sum, child) => sum + child.cpuTicks, 0)
  const cpuBefore = threadCpu(server.pid!)
  const postgresBefore = postgresCpu()
  const sampler = peakSampler(serverMemory)
  const pdfResults: Array<{ ms: number; status: number; bytes: number }> = []
  const underLoad = { library: [] as number[], share: [] as number[] }
  let loading = true
  // The second client: one page after the other, as a person clicking around would.
  const pageClient = (async () => {
    while (loading) {
      underLoad.library.push(await pageLatency(libraryUrl, cookie))
      if (!loading) break
      underLoad.share.push(await pageLatency(shareUrl))
    }
  })()
  const started = performance.now()
  try {
    for (let round = 0; round < rounds; round++) {
      pdfResults.push(...(await Promise.all(Array.from({ length: 4 }, () => timedGet(pdfUrl, cookie)))))
    }
  } finally {
    loading = false
    await pageClient
  }
  const wall = performance.now() - started
  const cpu = describeCpu(cpuBefore, threadCpu(server.pid!), server.pid!, postgresCpu() - postgresBefore, wall)
  const peak = sampler.stop()
  const ok = pdfResults.filter((result) => result.status === 200 && result.bytes > 1000).length
  const pdfTimes = pdfResults.map((result) => result.ms)
  const pageTarget = (samples: number[]) => ({ text: `p95 ≤ ${TARGETS.pageP95Ms} ms`, met: percentile(samples, 95) <= TARGETS.pageP95Ms })
  report.add('C', `PDF downloads succeeded (${rounds} rounds × 4 concurrent)`, `${ok}/${pdfResults.length}`, { text: 'all', met: ok === pdfResults.length })
  report.add('C', 'PDF download p50 / p95 under 4× concurrency', `${fmt(percentile(pdfTimes, 50))} / ${fmt(percentile(pdfTimes, 95))} ms`)
  report.add(
    'C',
    `/library under load p50 / p95 (${underLoad.library.length} loads)`,
    `${fmt(percentile(underLoad.library, 50))} / ${fmt(percentile(underLoad.library, 95))} ms`,
    pageTarget(underLoad.library),
  )
  report.add(
    'C',
    `/p/<token> under load p50 / p95 (${underLoad.share.length} loads)`,
    `${fmt(percentile(underLoad.share, 50))} / ${fmt(percentile(underLoad.share, 95))} ms`,
    pageTarget(underLoad.share),
  )
  report.add('C', 'next start peak memory (PSS, PDF worker threads included)', `${fmt(mb(peak))} MB`)
  return [
    `C. next start on ${base} (its own PostgreSQL; PDF pool ${pdfRenderPoolSize()} worker(s), the server's default here), handout of ${prepared.sections} sections${prepared.hasLogo ? ' with the seeded clinic logo' : ''}:`,
    `   ${pdfResults.length} PDFs in ${fmt(wall)} ms wall while a second client loaded /library and ${prepared.sharePath.replace(/[A-Za-z0-9_-]{43}/, '<token>')} in turn.`,
    cpu,
  ]
}
