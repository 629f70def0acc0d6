/**
 * `npm run bench:pdf`: how fast and how lean handout PDFs are. A benchmark,
 * not a test: it prints each figure beside its target (PASS/MISS) and the
 * machine's load average when it was taken, and fails only on outright errors.
 *
 *  A. react-pdf in the worker pool: the seeded handout (every section kind,
 *     the clinic logo as its one image, a QR code). First render from a cold
 *     worker (thread start, renderer load, fonts), with the prebuilt bundle
 *     (dist/pdf-worker, `npm run build:pdf-worker`) and, for reference, with
 *     the TypeScript sources through tsx; then N renders after warm-up: p50,
 *     p95, pages, RSS growth.
 *  B. The same handout as HTML printed by headless Chromium `page.pdf()`:
 *     a warm browser with one reused page, and a browser launched per request.
 *  C. `next start` (127.0.0.1, its own throwaway PostgreSQL): rounds of 4
 *     concurrent PDF downloads while a second client loads /library and an
 *     open share page /p/<token> in turn: failures, both pages' p50/p95 idle
 *     and under load, the server's peak memory. Needs `npm run build`.
 *
 * Knobs: BENCH_RUNS (200), BENCH_COLD_STARTS (3), BENCH_CHROMIUM_WARM_RUNS (50),
 * BENCH_CHROMIUM_COLD_RUNS (10), BENCH_SERVER_ROUNDS (5), BENCH_PORT (3213),
 * BENCH_PARTS (AC; `A` runs A and B, `C` only the server), BENCH_SKIP_SERVER=1
 * (same as BENCH_PARTS=A).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { chromium, type Browser } from '@playwright/test'
import { handoutBodyHtml } from '../lib/share/patientPage/handoutBodyHtml'
import QRCode from 'qrcode'

import { loadUpperBackPainArticle } from '../lib/content/upperBackPainArticle'
import { paragraphsToRichText } from '../lib/content/lexical'
import { seedBenchShareLink } from '../lib/bench/seedBenchShareLink'
import { nextStartCommand, startThrowawayDatabase, throwawayPortalEnv } from '../lib/db/throwawayPortal'
import type { HandoutDocumentData } from '../lib/handouts/types'
import { PdfRenderPool, pdfRenderPoolSize } from '../lib/pdf/pdfRenderPool'
import { choosePdfRendererModule } from '../lib/pdf/pdfWorkerBundle.mjs'
import { DEMO_CLINIC_LOGO_FILE_NAME, demoClinicLogoPng } from '../lib/seed/demoClinicLogo'
import { UPPER_BACK_PAIN_EXERCISE, UPPER_BACK_PAIN_SOURCES, UPPER_BACK_PAIN_TIPS, UPPER_BACK_PAIN_WARNING_SIGNS } from '../lib/seed/upperBackPainExtras'

const RUNS = positiveInt(process.env.BENCH_RUNS, 200)
const WARMUP = 10
const COLD_STARTS = positiveInt(process.env.BENCH_COLD_STARTS, 3)
const SERVER_ROUNDS = positiveInt(process.env.BENCH_SERVER_ROUNDS, 5)
/** `A` (react-pdf, with B: Chromium beside it) and/or `C` (next start); both by default. */
const PARTS = (process.env.BENCH_PARTS ?? 'AC').toUpperCase()
const CHROMIUM_WARM_RUNS = positiveInt(process.env.BENCH_CHROMIUM_WARM_RUNS, 50)
const CHROMIUM_COLD_RUNS = positiveInt(process.env.BENCH_CHROMIUM_COLD_RUNS, 10)
const PORT = positiveInt(process.env.BENCH_PORT, 3213)
const TARGETS = { firstRenderMs: 1500, p50Ms: 150, rssGrowthPct: 10, pageP95Ms: 100 }
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

const mb = (bytes: number) => bytes / 1024 / 1024
const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

/** Proportional set size (shared pages split between processes) of a process, in bytes; RSS when PSS is unreadable. */
function processMemory(pid: number): number {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    const pss = /^Pss:\s+(\d+) kB/m.exec(rollup)
    if (pss) return Number(pss[1]) * 1024
  } catch {
    // fall through to RSS
  }
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status)
    return rss ? Number(rss[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Every process below `root`, with its command line (Linux /proc). */
function descendants(root: number): Array<{ pid: number; cmdline: string }> {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(entry))
      children.set(ppid, list)
    } catch {
      // the process ended while we looked
    }
  }
  const result: Array<{ pid: number; cmdline: string }> = []
  const stack = [...(children.get(root) ?? [])]
  while (stack.length > 0) {
    const pid = stack.pop()!
    let cmdline = ''
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
    } catch {
      continue
    }
    result.push({ pid, cmdline })
    stack.push(...(children.get(pid) ?? []))
  }
  return result
}

/** Samples a memory figure every 50 ms and keeps the peak. */
function peakSampler(sample: () => number): { stop: () => number } {
  let peak = sample()
  const timer = setInterval(() => {
    peak = Math.max(peak, sample())
  }, 50)
  return {
    stop() {
      clearInterval(timer)
      return Math.max(peak, sample())
    },
  }
}

/**
 * The seeded topic as a handout, every section (text, tips, exercise, "When
 * to get help now"), built from the same sources the seed uses, with the
 * demo clinic logo (its one image) and a share link (its QR code).
 */
function seededHandout(logoFileName: string): HandoutDocumentData {
  const article = loadUpperBackPainArticle()
  const topic = { topicId: 1, topicTitle: 'Upper back pain during sleep' }
  return {
    clinic: {
      name: 'Careleaf Demo Clinic',
      phone: '(555) 010-0100',
      address: '1 Example Street, Springfield',
      accentColor: '#0b5450',
      logo: { id: 1, updatedAt: '2026-11-29T10:00:00.000Z', filename: logoFileName },
    },
    title: 'Upper back pain during sleep',
    patientName: 'Jane Doe',
    preferredName: 'Jane',
    clinicianName: 'Dr Sam Rivera',
    createdAt: '2026-11-29T10:00:00.000Z',
    instructions: 'Sleep on your back with a rolled towel under your knees.\n\nCall us if the pain wakes you more than twice a week.',
    followUpDate: '2026-12-14T12:00:00.000Z',
    contactLine: null,
    sections: [
      ...article.sections.map((section, index) => ({ ...topic, sectionId: `section-${index}`, heading: section.heading, body: paragraphsToRichText(section.paragraphs) })),
      { ...topic, sectionId: 'tips', heading: UPPER_BACK_PAIN_TIPS.heading, blockType: 'tips' as const, body: { do: UPPER_BACK_PAIN_TIPS.do, dont: UPPER_BACK_PAIN_TIPS.dont } },
      {
        ...topic,
        sectionId: 'exercise',
        heading: UPPER_BACK_PAIN_EXERCISE.name,
        blockType: 'exercise' as const,
        body: { steps: UPPER_BACK_PAIN_EXERCISE.steps, repetitions: UPPER_BACK_PAIN_EXERCISE.repetitions, image: null },
      },
      {
        ...topic,
        sectionId: 'warning-signs',
        heading: UPPER_BACK_PAIN_WARNING_SIGNS.heading,
        blockType: 'warningSigns' as const,
        body: { intro: UPPER_BACK_PAIN_WARNING_SIGNS.intro, signs: UPPER_BACK_PAIN_WARNING_SIGNS.signs },
      },
    ],
    shareUrl: `http://127.0.0.1:${PORT}/p/${'Xq3vT0p7cLm9fRk2wZbY8nHs4dJa6uEg1oVi5tQyNcM'}`,
    pageSize: 'LETTER',
    reviewedAt: '2026-11-29T10:00:00.000Z',
    sources: UPPER_BACK_PAIN_SOURCES.map((source) => source.citation),
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The same handout as a print-styled HTML page, as a Chromium-based service would print it. */
async function handoutHtml(data: HandoutDocumentData, logoPng: Buffer): Promise<string> {
  const qr = await QRCode.toDataURL(data.shareUrl!, { errorCorrectionLevel: 'M', margin: 4, scale: 6 })
  const fontDir = path.join(process.cwd(), 'lib', 'pdf', 'fonts')
  const font = (file: string, weight: number, style: string) =>
    `@font-face{font-family:'Atkinson Hyperlegible';src:url(data:font/ttf;base64,${fs.readFileSync(path.join(fontDir, file)).toString('base64')});font-weight:${weight};font-style:${style}}`
  // The patient page's own renderer: every block kind, the same order as the PDF.
  const sections = handoutBodyHtml({ sections: data.sections }).value
  const instructions = (data.instructions ?? '').split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(data.title)}</title><style>
${font('AtkinsonHyperlegible_400Regular.ttf', 400, 'normal')}${font('AtkinsonHyperlegible_700Bold.ttf', 700, 'normal')}
@page{size:Letter;margin:78pt 54pt 64pt}body{font-family:'Atkinson Hyperlegible';font-size:12pt;line-height:1.45;color:#1b1f23}
h1{font-size:24pt;margin:0 0 6pt}h2{font-size:16.5pt;color:#0b5450;margin:10pt 0 6pt}.box{background:#eaf4f2;border-left:4pt solid #0b5450;padding:12pt 14pt}
.web{display:flex;align-items:center;gap:12pt;border-top:1pt solid #c9d3d9;margin-top:10pt;padding-top:10pt}.web img{width:84pt;height:84pt}
header{display:flex;align-items:flex-end;gap:8pt}header img{height:28pt}
</style></head><body><header><img alt="" src="data:image/png;base64,${logoPng.toString('base64')}"><strong>${escapeHtml(data.clinic.name)}</strong></header><h1>${escapeHtml(data.title)}</h1>
<p>Prepared for <strong>${escapeHtml(data.patientName)}</strong> by ${escapeHtml(data.clinicianName)} on November 29, 2026</p>
<div class="box"><h2>Your care team’s instructions</h2>${instructions}</div>${sections}
<div class="web"><p>Read this handout online: ${escapeHtml(data.shareUrl!)}</p><img alt="" src="${qr}"></div></body></html>`
}

async function countPages(pdf: Buffer): Promise<number> {
  const { extractPdfText } = await import('../tests/support/extractPdfText')
  return (await extractPdfText(pdf)).numPages
}

interface Row {
  label: string
  runs: number
  first: number
  p50: number
  p95: number
  pages: number
  memory: string
  peakBytes: number
}

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

async function benchReactPdf(data: HandoutDocumentData): Promise<{ row: Row; rssGrowthPct: number; rssBefore: number; rssAfter: number; peakRss: number }> {
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
  for (let i = 0; i < RUNS; i++) {
    started = performance.now()
    await pool.render(data)
    times.push(performance.now() - started)
  }
  global.gc?.()
  const rssAfter = process.memoryUsage().rss
  const peakRss = sampler.stop()
  await pool.close()
  const rssGrowthPct = ((rssAfter - rssBefore) / rssBefore) * 100
  return {
    row: {
      label: 'react-pdf, worker pool (1 worker)',
      runs: RUNS,
      first,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      pages: await countPages(firstPdf),
      memory: `process RSS peak ${fmt(mb(peakRss))} MB (+${fmt(mb(peakRss - rssAtStart))} MB over the idle script)`,
      peakBytes: peakRss,
    },
    rssGrowthPct,
    rssBefore,
    rssAfter,
    peakRss,
  }
}

function chromiumMemory(): number {
  return descendants(process.pid)
    .filter((child) => /chrom/i.test(child.cmdline))
    .reduce((sum, child) => sum + processMemory(child.pid), 0)
}

async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS })
}

async function benchChromiumWarm(html: string): Promise<Row> {
  const sampler = peakSampler(chromiumMemory)
  let started = performance.now()
  const browser = await launchChromium()
  const page = await browser.newPage()
  await page.setContent(html, { waitUntil: 'load' })
  const firstPdf = await page.pdf({ format: 'Letter', printBackground: true })
  const first = performance.now() - started
  for (let i = 0; i < 3; i++) {
    await page.setContent(html, { waitUntil: 'load' })
    await page.pdf({ format: 'Letter', printBackground: true })
  }
  const times: number[] = []
  for (let i = 0; i < CHROMIUM_WARM_RUNS; i++) {
    started = performance.now()
    await page.setContent(html, { waitUntil: 'load' })
    await page.pdf({ format: 'Letter', printBackground: true })
    times.push(performance.now() - started)
  }
  const peak = sampler.stop()
  await browser.close()
  return { label: 'Chromium page.pdf(), warm browser + reused page', runs: CHROMIUM_WARM_RUNS, first, p50: percentile(times, 50), p95: percentile(times, 95), pages: await countPages(firstPdf), memory: `Chromium PSS peak ${fmt(mb(peak))} MB`, peakBytes: peak }
}

async function benchChromiumCold(html: string): Promise<Row> {
  const sampler = peakSampler(chromiumMemory)
  const times: number[] = []
  let pages = 0
  for (let i = 0; i < CHROMIUM_COLD_RUNS; i++) {
    const started = performance.now()
    const browser = await launchChromium()
    const page = await browser.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    const pdf = await page.pdf({ format: 'Letter', printBackground: true })
    await browser.close()
    times.push(performance.now() - started)
    if (i === 0) pages = await countPages(pdf)
  }
  const peak = sampler.stop()
  return { label: 'Chromium page.pdf(), browser launched per request', runs: CHROMIUM_COLD_RUNS, first: times[0] ?? Number.NaN, p50: percentile(times, 50), p95: percentile(times, 95), pages, memory: `Chromium PSS peak ${fmt(mb(peak))} MB`, peakBytes: peak }
}

// ---------------------------------------------------------------- figures

/** 1-minute load average now: other work on the machine skews every figure, and this says how much. */
const load1 = () => os.loadavg()[0]!.toFixed(1)

interface Figure {
  part: string
  label: string
  measured: string
  target: string
  verdict: 'PASS' | 'MISS' | ''
  load: string
}

const figures: Figure[] = []

function figure(part: string, label: string, measured: string, target?: { text: string; met: boolean }): void {
  figures.push({ part, label, measured, target: target?.text ?? '', verdict: target ? (target.met ? 'PASS' : 'MISS') : '', load: load1() })
}

function printTable(rows: string[][], leftAligned: number[]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((line) => line[column]!.length)))
  for (const [index, line] of rows.entries()) {
    console.log(`  ${line.map((cell, column) => (leftAligned.includes(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`.trimEnd())
    if (index === 0) console.log(`  ${widths.map((width) => '-'.repeat(width)).join('  ')}`)
  }
}

// ---------------------------------------------------------------- C: next start

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

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!)
}

/** A next-auth session cookie for the demo clinician, through the credentials callback. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const jar = cookiesOf(csrf)
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email: 'clinician@careleaf.local', password: 'demo-clinician-2026', callbackUrl: `${base}/library`, json: 'true' }),
  })
  const cookies = [...jar, ...cookiesOf(response)]
  if (!cookies.some((cookie) => cookie.includes('session-token'))) throw new Error(`sign-in failed (${response.status})`)
  return cookies.join('; ')
}

/**
 * A throwaway PostgreSQL, migrated and seeded (clinic logo included), with
 * the seeded topic's every section made into a handout by the demo clinician
 * and shared through an open link, the way the app does it (Local API).
 */
async function prepareServerData(base: string, mediaDir: string) {
  const database = await startThrowawayDatabase('bench_pdf')
  Object.assign(process.env, {
    ...throwawayPortalEnv({ baseUrl: base, databaseUrl: database.databaseUrl }),
    CARELEAF_MEDIA_DIR: mediaDir,
    // Every request comes from 127.0.0.1; the limit is not what is measured here.
    CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE: '1000000000',
  })
  const cleanUp = () => database.stop()
  try {
    return { ...(await seedBenchShareLink()), cleanUp }
  } catch (error) {
    await cleanUp()
    throw error
  }
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

/** CPU ticks (user + system) per thread of a process, with each thread's name and nice level (Linux /proc). */
function threadCpu(pid: number): Map<number, { comm: string; nice: number; ticks: number }> {
  const threads = new Map<number, { comm: string; nice: number; ticks: number }>()
  let tids: string[] = []
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`)
  } catch {
    return threads
  }
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      // Fields after the name, starting at field 3 (state): utime is field 14, stime 15, nice 19.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      threads.set(Number(tid), { comm, nice: Number(fields[16]), ticks: Number(fields[11]) + Number(fields[12]) })
    } catch {
      // the thread ended while we looked
    }
  }
  return threads
}

function processCpuTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
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
function describeCpu(before: ReturnType<typeof threadCpu>, after: ReturnType<typeof threadCpu>, serverPid: number, postgresTicks: number, wallMs: number): string {
  const groups = { main: 0, pdfWorkers: 0, other: 0 }
  for (const [tid, thread] of after) {
    const used = thread.ticks - (before.get(tid)?.ticks ?? 0)
    if (tid === serverPid) groups.main += used
    else if (thread.nice > 0) groups.pdfWorkers += used
    else groups.other += used
  }
  // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ).
  const seconds = (ticks: number) => (ticks / 100).toFixed(1)
  return `   CPU used in those ${fmt(wallMs / 1000, 1)} s: request thread ${seconds(groups.main)} s, PDF worker thread(s) at nice +10 ${seconds(groups.pdfWorkers)} s, other server threads at nice 0 (V8 GC/compiler helpers, libuv pool) ${seconds(groups.other)} s, PostgreSQL ${seconds(postgresTicks)} s.`
}

async function benchServer(): Promise<string[]> {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) return ['C skipped: no production build. Run `npm run build` first.']
  const base = `http://127.0.0.1:${PORT}`
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-bench-pdf-media-'))
  const prepared = await prepareServerData(base, mediaDir)
  const [command, args] = nextStartCommand({ rootDir: process.cwd(), port: PORT })
  const server = spawn(command, args, {
    // CARELEAF_PDF_WORKERS unset: the server sizes its pool itself (1 worker on 2 cores).
    env: { ...process.env, NODE_ENV: 'production', CARELEAF_PDF_WORKERS: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  try {
    await waitForServer(`${base}/sign-in`, server)
    const serverMemory = () => processMemory(server.pid!) + descendants(server.pid!).reduce((sum, child) => sum + processMemory(child.pid), 0)
    const cookie = await signIn(base)
    const pdfUrl = `${base}/handouts/${prepared.handoutId}/pdf`
    const libraryUrl = `${base}/library`
    const shareUrl = `${base}${prepared.sharePath}`

    // The pool was warmed at server start (instrumentation.ts); this is what the first clinician waits.
    const firstDownload = await timedGet(pdfUrl, cookie)
    if (firstDownload.status !== 200) throw new Error(`the PDF download answered ${firstDownload.status}`)
    figure('C', 'first PDF download after start (pool warmed at start)', `${fmt(firstDownload.ms)} ms`)

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
    figure('C', '/library idle p50 / p95', `${fmt(percentile(idle.library, 50))} / ${fmt(percentile(idle.library, 95))} ms`)
    figure('C', '/p/<token> idle p50 / p95', `${fmt(percentile(idle.share, 50))} / ${fmt(percentile(idle.share, 95))} ms`)

    const postgresCpu = () => descendants(process.pid).filter((child) => /postgres/.test(child.cmdline)).reduce((sum, child) => sum + processCpuTicks(child.pid), 0)
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
      for (let round = 0; round < SERVER_ROUNDS; round++) {
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
    figure('C', `PDF downloads succeeded (${SERVER_ROUNDS} rounds × 4 concurrent)`, `${ok}/${pdfResults.length}`, { text: 'all', met: ok === pdfResults.length })
    figure('C', 'PDF download p50 / p95 under 4× concurrency', `${fmt(percentile(pdfTimes, 50))} / ${fmt(percentile(pdfTimes, 95))} ms`)
    figure('C', `/library under load p50 / p95 (${underLoad.library.length} loads)`, `${fmt(percentile(underLoad.library, 50))} / ${fmt(percentile(underLoad.library, 95))} ms`, {
      text: `p95 ≤ ${TARGETS.pageP95Ms} ms`,
      met: percentile(underLoad.library, 95) <= TARGETS.pageP95Ms,
    })
    figure('C', `/p/<token> under load p50 / p95 (${underLoad.share.length} loads)`, `${fmt(percentile(underLoad.share, 50))} / ${fmt(percentile(underLoad.share, 95))} ms`, {
      text: `p95 ≤ ${TARGETS.pageP95Ms} ms`,
      met: percentile(underLoad.share, 95) <= TARGETS.pageP95Ms,
    })
    figure('C', 'next start peak memory (PSS, PDF worker threads included)', `${fmt(mb(peak))} MB`)
    return [
      `C. next start on ${base} (its own PostgreSQL; PDF pool ${pdfRenderPoolSize()} worker(s), the server's default here), handout of ${prepared.sections} sections${prepared.hasLogo ? ' with the seeded clinic logo' : ''}:`,
      `   ${pdfResults.length} PDFs in ${fmt(wall)} ms wall while a second client loaded /library and ${prepared.sharePath.replace(/[A-Za-z0-9_-]{43}/, '<token>')} in turn.`,
      cpu,
    ]
  } finally {
    server.kill('SIGTERM')
    await new Promise((resolve) => {
      if (server.exitCode !== null) resolve(null)
      else server.once('exit', resolve)
      setTimeout(resolve, 10_000).unref()
    })
    await prepared.cleanUp()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------- main

const rendererChoice = choosePdfRendererModule({ rootDir: process.cwd() })
console.log(
  `Careleaf PDF benchmark · ${new Date().toISOString()} · node ${process.version} · ${os.availableParallelism()} CPUs · load average ${os.loadavg().map((value) => value.toFixed(1)).join(' / ')} · ${crypto.randomUUID().slice(0, 8)}`,
)
console.log(
  `PDF workers load: ${rendererChoice.kind === 'bundle' ? `the prebuilt bundle (${path.relative(process.cwd(), rendererChoice.file)})` : `the TypeScript sources through tsx (${rendererChoice.reason})`}`,
)

// The logo goes where the worker reads media from; workers inherit the environment.
const benchMediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-bench-pdf-logo-'))
const logoPng = await demoClinicLogoPng()
fs.writeFileSync(path.join(benchMediaDir, DEMO_CLINIC_LOGO_FILE_NAME), logoPng)
process.env.CARELEAF_MEDIA_DIR = benchMediaDir
const data = seededHandout(DEMO_CLINIC_LOGO_FILE_NAME)
const kinds = [...new Set(data.sections.map((section) => section.blockType ?? 'text'))].join(', ')
console.log(`Handout: "${data.title}", ${data.sections.length} sections (${kinds}), instructions, follow-up, sources, the clinic logo (its one image) and a QR code.\n`)

if (PARTS.includes('A')) {
  // A measures the renderer, so its worker runs at normal priority like Chromium in B. The
  // server (C) keeps its default, nice +10: on a machine shared with other work a niced
  // worker would measure the other work's load more than react-pdf.
  process.env.CARELEAF_PDF_WORKER_NICE = '0'
  console.log('A and B run at normal CPU priority; C runs the server as deployed (PDF workers at nice +10 on Linux).')

  // A: cold starts first, while nothing else of react-pdf is loaded in this process.
  const coldBundle: number[] = []
  const coldSource: number[] = []
  if (rendererChoice.kind === 'bundle') for (let i = 0; i < COLD_STARTS; i++) coldBundle.push(await coldFirstRender(data, 'bundle'))
  const loadAfterBundle = load1()
  for (let i = 0; i < COLD_STARTS; i++) coldSource.push(await coldFirstRender(data, 'source'))
  const coldList = (samples: number[]) => samples.map((sample) => fmt(sample)).join(' / ')
  if (coldBundle.length > 0) {
    figures.push({
      part: 'A',
      label: `first render, cold worker, prebuilt bundle (median of ${COLD_STARTS}: ${coldList(coldBundle)})`,
      measured: `${fmt(percentile(coldBundle, 50))} ms`,
      target: `≤ ${TARGETS.firstRenderMs} ms`,
      verdict: percentile(coldBundle, 50) <= TARGETS.firstRenderMs ? 'PASS' : 'MISS',
      load: loadAfterBundle,
    })
  }
  figure('A', `first render, cold worker, tsx sources (median of ${COLD_STARTS}: ${coldList(coldSource)})`, `${fmt(percentile(coldSource, 50))} ms`, coldBundle.length > 0 ? undefined : { text: `≤ ${TARGETS.firstRenderMs} ms`, met: percentile(coldSource, 50) <= TARGETS.firstRenderMs })

  const reactPdf = await benchReactPdf(data)
  figure('A', `p50 over ${RUNS} renders after ${WARMUP} warm-up`, `${fmt(reactPdf.row.p50, 1)} ms`, { text: `≤ ${TARGETS.p50Ms} ms`, met: reactPdf.row.p50 <= TARGETS.p50Ms })
  figure('A', 'p95', `${fmt(reactPdf.row.p95, 1)} ms`)
  figure('A', 'pages', String(reactPdf.row.pages))
  figure('A', `RSS growth across the ${RUNS} renders`, `${reactPdf.rssGrowthPct >= 0 ? '+' : ''}${fmt(reactPdf.rssGrowthPct, 1)}% (${fmt(mb(reactPdf.rssBefore))} → ${fmt(mb(reactPdf.rssAfter))} MB)`, {
    text: `≤ ${TARGETS.rssGrowthPct}%`,
    met: reactPdf.rssGrowthPct <= TARGETS.rssGrowthPct,
  })

  const html = await handoutHtml(data, logoPng)
  const warm = await benchChromiumWarm(html)
  const loadAfterWarm = load1()
  const cold = await benchChromiumCold(html)
  figures.push({ part: 'B', label: 'Chromium p50 ÷ react-pdf p50, warm browser + reused page', measured: `${fmt(warm.p50 / reactPdf.row.p50, 2)}×`, target: '', verdict: '', load: loadAfterWarm })
  figure('B', 'Chromium p50 ÷ react-pdf p50, browser launched per request', `${fmt(cold.p50 / reactPdf.row.p50, 2)}×`, { text: '> 1 (react-pdf faster)', met: cold.p50 > reactPdf.row.p50 })
  figure('B', 'peak memory: react-pdf process RSS / Chromium PSS warm / per request', `${fmt(mb(reactPdf.peakRss))} / ${fmt(mb(warm.peakBytes))} / ${fmt(mb(cold.peakBytes))} MB`)

  console.log('A/B. Renderers side by side (same handout; react-pdf memory is the whole benchmark process, its worker being a thread in it; Chromium memory is the summed PSS of its processes):')
  printTable(
    [['Renderer', 'runs', 'first ms', 'p50 ms', 'p95 ms', 'pages', 'memory'], ...[reactPdf.row, warm, cold].map((row) => [row.label, String(row.runs), fmt(row.first), fmt(row.p50, 1), fmt(row.p95, 1), String(row.pages), row.memory])],
    [0, 6],
  )
  console.log('')
}
delete process.env.CARELEAF_PDF_WORKER_NICE
if (process.env.BENCH_SKIP_SERVER === '1' || !PARTS.includes('C')) console.log('C skipped (BENCH_SKIP_SERVER=1 or BENCH_PARTS).\n')
else {
  try {
    for (const line of await benchServer()) console.log(line)
    console.log('')
  } catch (error) {
    console.log(`C failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
fs.rmSync(benchMediaDir, { recursive: true, force: true })

console.log('Figures (load = 1-minute load average when the figure was taken; on a shared machine, a high load makes every figure pessimistic):')
printTable([['', 'figure', 'measured', 'target', 'verdict', 'load'], ...figures.map((row) => [row.part, row.label, row.measured, row.target, row.verdict, row.load])], [0, 1, 2, 3])
console.log(`\nLoad average at the end: ${os.loadavg().map((value) => value.toFixed(1)).join(' / ')} (1 / 5 / 15 min).`)
