import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { PDF_RENDER_THREAD_NAME, pdfRenderPoolSize } from '../../../lib/pdf/pdfRenderPool'
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

interface CpuGroups {
  main: number
  pdfWorkers: number
  v8Helpers: number
  other: number
  postgres: number
}

/**
 * Where the CPU went between two snapshots of a server's threads, added to
 * `into`: the request thread, the PDF worker thread(s) (named
 * PDF_RENDER_THREAD_NAME), V8's platform threads ("V8Worker",
 * "DelayedTaskSche": parallel and concurrent garbage collection, background
 * compilation; shared by every isolate, so they also collect the PDF
 * worker's garbage, at nice 0), every other thread (libuv's pool, the
 * inspector's), and PostgreSQL.
 */
function addCpu(into: CpuGroups, before: ReturnType<typeof threadCpu>, after: ReturnType<typeof threadCpu>, serverPid: number): void {
  for (const [tid, thread] of after) {
    const used = thread.cpuTicks - (before.get(tid)?.cpuTicks ?? 0)
    if (tid === serverPid) into.main += used
    else if (thread.comm === PDF_RENDER_THREAD_NAME) into.pdfWorkers += used
    else if (thread.comm === 'V8Worker' || thread.comm === 'DelayedTaskSche') into.v8Helpers += used
    else into.other += used
  }
}

function describeCpu(groups: CpuGroups, wallMs: number, renders: number): string {
  const seconds = (ticks: number) => (ticks / CLOCK_TICKS_PER_SECOND).toFixed(1)
  const perRender = (ticks: number) => fmt((ticks / CLOCK_TICKS_PER_SECOND / renders) * 1000)
  return `   CPU used in those ${fmt(wallMs / 1000, 1)} s: request thread ${seconds(groups.main)} s (PDF requests and the page client), PDF worker thread(s) ${seconds(groups.pdfWorkers)} s (${perRender(groups.pdfWorkers)} ms per PDF), V8 helper threads (GC, compiler; nice 0, shared with the worker) ${seconds(groups.v8Helpers)} s, other server threads ${seconds(groups.other)} s, PostgreSQL ${seconds(Math.max(0, groups.postgres))} s (live backends only).`
}

/** A server setting compared in part C: its label and the environment it adds. */
export interface ServerVariant {
  label: string
  serverEnv: Record<string, string>
}

/**
 * BENCH_SERVER_COMPARE=nice runs two servers side by side on one database,
 * their PDF workers at nice 0 and at nice +10 (as deployed), and alternates
 * the load between them round by round, so both see the same machine. Unset:
 * one server, as deployed.
 */
export function serverVariants(compare: string | undefined): ServerVariant[] {
  if (compare === 'nice')
    return [
      { label: 'worker at nice 0', serverEnv: { CARELEAF_PDF_WORKER_NICE: '0' } },
      { label: 'worker at nice +10', serverEnv: {} },
    ]
  return [{ label: '', serverEnv: {} }]
}

/**
 * Part C, `next start` (127.0.0.1, its own throwaway PostgreSQL, the seeded
 * topic's every section made into handouts by the demo clinician, one shared
 * through an open link): rounds of 4 concurrent downloads of handouts never
 * downloaded before (4 uncached renders at once) while a second client loads
 * /library and the share page in turn; then repeat downloads of PDFs already
 * cached. Returns the part's summary lines; the figures go to `report`.
 */
export async function benchServer({
  port,
  rounds,
  report,
  variants = serverVariants(undefined),
}: {
  port: number
  rounds: number
  report: FigureReport
  variants?: ServerVariant[]
}): Promise<string[]> {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) return ['C skipped: no production build. Run `npm run build` first.']
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-bench-pdf-media-'))
  const perVariant = rounds * 4 + 1
  try {
    const portal = await startSeededNextServer({
      databaseLabel: 'bench_pdf',
      port,
      env: { CARELEAF_MEDIA_DIR: mediaDir },
      // CARELEAF_PDF_WORKERS unset: the server sizes its pool itself (1 worker on 2 cores).
      serverEnv: { CARELEAF_PDF_WORKERS: '', ...variants[0]!.serverEnv },
      freshHandouts: perVariant * variants.length,
    })
    try {
      const servers = variants.map((variant, index) => {
        const started =
          index === 0
            ? { baseUrl: portal.baseUrl, server: portal.server }
            : portal.startAnotherServer({ port: port + index, serverEnv: { CARELEAF_PDF_WORKERS: '', ...variant.serverEnv } })
        return { variant, ...started, freshHandoutIds: portal.shareLink.freshHandoutIds.slice(index * perVariant, (index + 1) * perVariant) }
      })
      return await loadServers({ servers, prepared: portal.shareLink, rounds, report })
    } finally {
      await portal.stop()
    }
  } finally {
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }
}

interface LoadedServer {
  variant: ServerVariant
  base: string
  server: ChildProcess
  cookie: string
  freshHandoutIds: number[]
  idle: { library: number[]; share: number[] }
  underLoad: { library: number[]; share: number[] }
  pdfResults: Array<{ ms: number; status: number; bytes: number }>
  cached: number[]
  cpu: CpuGroups
  wallMs: number
  peakMemory: number
}

async function loadServers({
  servers,
  prepared,
  rounds,
  report,
}: {
  servers: Array<{ variant: ServerVariant; baseUrl: string; server: ChildProcess; freshHandoutIds: number[] }>
  prepared: BenchShareLink
  rounds: number
  report: FigureReport
}): Promise<string[]> {
  const loaded: LoadedServer[] = []
  for (const { variant, baseUrl, server, freshHandoutIds } of servers) {
    await waitForServer(`${baseUrl}/sign-in`, server)
    loaded.push({
      variant,
      base: baseUrl,
      server,
      cookie: await signInClinician(baseUrl),
      freshHandoutIds: [...freshHandoutIds],
      idle: { library: [], share: [] },
      underLoad: { library: [], share: [] },
      pdfResults: [],
      cached: [],
      cpu: { main: 0, pdfWorkers: 0, v8Helpers: 0, other: 0, postgres: 0 },
      wallMs: 0,
      peakMemory: 0,
    })
  }
  const label = (ctx: LoadedServer, text: string) => (ctx.variant.label ? `${ctx.variant.label}: ${text}` : text)
  const pdfUrl = (ctx: LoadedServer, handoutId: number) => `${ctx.base}/handouts/${handoutId}/pdf`
  const libraryUrl = (ctx: LoadedServer) => `${ctx.base}/library`
  const shareUrl = (ctx: LoadedServer) => `${ctx.base}${prepared.sharePath}`

  for (const ctx of loaded) {
    // The pool was warmed at server start (instrumentation.ts); this is what the first clinician waits for a handout not rendered yet.
    const firstDownload = await timedGet(pdfUrl(ctx, ctx.freshHandoutIds.shift()!), ctx.cookie)
    if (firstDownload.status !== 200) throw new Error(`the PDF download answered ${firstDownload.status}`)
    report.add('C', label(ctx, 'first PDF download after start, not cached (pool warmed at start)'), `${fmt(firstDownload.ms)} ms`)
    // Warm up: compile routes, fill caches.
    for (let i = 0; i < 3; i++) await timedGet(pdfUrl(ctx, prepared.handoutId), ctx.cookie)
    for (let i = 0; i < 10; i++) {
      await pageLatency(libraryUrl(ctx), ctx.cookie)
      await pageLatency(shareUrl(ctx))
    }
  }
  for (let i = 0; i < 40; i++) {
    for (const ctx of loaded) {
      ctx.idle.library.push(await pageLatency(libraryUrl(ctx), ctx.cookie))
      ctx.idle.share.push(await pageLatency(shareUrl(ctx)))
    }
  }

  // Own CPU only (utime + stime), as before: PostgreSQL's reaped backends are not in this figure.
  const postgresCpu = () =>
    descendants(process.pid)
      .filter((child) => /postgres/.test(child.cmdline))
      .reduce((sum, child) => sum + child.cpuTicks, 0)
  const memoryOf = (pid: number) => processMemory(pid) + descendants(pid).reduce((sum, child) => sum + processMemory(child.pid), 0)
  const samplers = loaded.map((ctx) => peakSampler(() => memoryOf(ctx.server.pid!)))
  for (let round = 0; round < rounds; round++) {
    // Round by round, server after server: both see the same machine.
    for (const ctx of loaded) {
      const cpuBefore = threadCpu(ctx.server.pid!)
      const postgresBefore = postgresCpu()
      let loading = true
      // The second client: one page after the other, as a person clicking around would.
      const pageClient = (async () => {
        while (loading) {
          ctx.underLoad.library.push(await pageLatency(libraryUrl(ctx), ctx.cookie))
          if (!loading) break
          ctx.underLoad.share.push(await pageLatency(shareUrl(ctx)))
        }
      })()
      const started = performance.now()
      try {
        const handoutIds = ctx.freshHandoutIds.splice(0, 4)
        ctx.pdfResults.push(...(await Promise.all(handoutIds.map((handoutId) => timedGet(pdfUrl(ctx, handoutId), ctx.cookie)))))
      } finally {
        loading = false
        await pageClient
      }
      ctx.wallMs += performance.now() - started
      addCpu(ctx.cpu, cpuBefore, threadCpu(ctx.server.pid!), ctx.server.pid!)
      ctx.cpu.postgres += postgresCpu() - postgresBefore
    }
  }
  loaded.forEach((ctx, index) => (ctx.peakMemory = samplers[index]!.stop()))
  // Repeat downloads of one PDF now cached (rendered in the first round), one after the other.
  const cachedHandoutId = (ctx: LoadedServer) => servers[loaded.indexOf(ctx)]!.freshHandoutIds[1]!
  for (let i = 0; i < 20; i++) for (const ctx of loaded) ctx.cached.push((await timedGet(pdfUrl(ctx, cachedHandoutId(ctx)), ctx.cookie)).ms)

  const pageTarget = (samples: number[]) => ({ text: `p95 ≤ ${TARGETS.pageP95Ms} ms`, met: percentile(samples, 95) <= TARGETS.pageP95Ms })
  const lines: string[] = []
  for (const ctx of loaded) {
    const ok = ctx.pdfResults.filter((result) => result.status === 200 && result.bytes > 1000).length
    const pdfTimes = ctx.pdfResults.map((result) => result.ms)
    report.add('C', label(ctx, '/library idle p50 / p95'), `${fmt(percentile(ctx.idle.library, 50))} / ${fmt(percentile(ctx.idle.library, 95))} ms`)
    report.add('C', label(ctx, '/p/<token> idle p50 / p95'), `${fmt(percentile(ctx.idle.share, 50))} / ${fmt(percentile(ctx.idle.share, 95))} ms`)
    report.add('C', label(ctx, `uncached PDF downloads succeeded (${rounds} rounds × 4 concurrent)`), `${ok}/${ctx.pdfResults.length}`, {
      text: 'all',
      met: ok === ctx.pdfResults.length,
    })
    report.add('C', label(ctx, 'uncached PDF download p50 / p95, 4 at once'), `${fmt(percentile(pdfTimes, 50))} / ${fmt(percentile(pdfTimes, 95))} ms`)
    report.add(
      'C',
      label(ctx, `/library while 4 uncached PDFs render, p50 / p95 (${ctx.underLoad.library.length} loads)`),
      `${fmt(percentile(ctx.underLoad.library, 50))} / ${fmt(percentile(ctx.underLoad.library, 95))} ms`,
      pageTarget(ctx.underLoad.library),
    )
    report.add(
      'C',
      label(ctx, `/p/<token> while 4 uncached PDFs render, p50 / p95 (${ctx.underLoad.share.length} loads)`),
      `${fmt(percentile(ctx.underLoad.share, 50))} / ${fmt(percentile(ctx.underLoad.share, 95))} ms`,
      pageTarget(ctx.underLoad.share),
    )
    report.add(
      'C',
      label(ctx, 'repeat download of a cached PDF p50 / p95 (20, one at a time, client-side)'),
      `${fmt(percentile(ctx.cached, 50), 1)} / ${fmt(percentile(ctx.cached, 95), 1)} ms`,
    )
    report.add('C', label(ctx, 'next start peak memory (PSS, PDF worker threads included)'), `${fmt(mb(ctx.peakMemory))} MB`)
    lines.push(
      `C${ctx.variant.label ? ` (${ctx.variant.label})` : ''}. next start on ${ctx.base} (PDF pool ${pdfRenderPoolSize()} worker(s), the server's default here), handouts of ${prepared.sections} sections${prepared.hasLogo ? ' with the seeded clinic logo' : ''}:`,
      `   ${ctx.pdfResults.length} uncached PDFs in ${fmt(ctx.wallMs)} ms wall while a second client loaded /library and ${prepared.sharePath.replace(/[A-Za-z0-9_-]{43}/, '<token>')} in turn.`,
      describeCpu(ctx.cpu, ctx.wallMs, ctx.pdfResults.length),
    )
  }
  if (loaded.length > 1) lines.push(`   The ${loaded.length} servers shared one database and took the load in turn, round by round.`)
  return lines
}
