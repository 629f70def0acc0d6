/**
 * `npm run bench:pdf`: how fast and how lean handout PDFs are. A benchmark,
 * not a test: it prints figures and judges nothing but outright failures.
 *
 *  A. react-pdf in the worker pool: the seeded handout (all sections, a QR
 *     code) rendered N times after warm-up; first render (worker start and
 *     fonts included), p50/p95, pages, RSS growth.
 *  B. The same handout as HTML printed by headless Chromium `page.pdf()`:
 *     a warm browser with one reused page, and a browser launched per request.
 *  C. 4 concurrent PDF downloads against `next start` (127.0.0.1) while a
 *     second client loads the library page: failures, that page's p50/p95,
 *     the server's peak RSS. Needs a production build (`npm run build`).
 *
 * Knobs: BENCH_RUNS (200), BENCH_CHROMIUM_WARM_RUNS (50),
 * BENCH_CHROMIUM_COLD_RUNS (10), BENCH_PORT (3213), BENCH_SKIP_SERVER=1.
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
import type { HandoutDocumentData } from '../lib/handouts/types'
import { PdfRenderPool } from '../lib/pdf/pdfRenderPool'

const RUNS = positiveInt(process.env.BENCH_RUNS, 200)
const WARMUP = 10
const CHROMIUM_WARM_RUNS = positiveInt(process.env.BENCH_CHROMIUM_WARM_RUNS, 50)
const CHROMIUM_COLD_RUNS = positiveInt(process.env.BENCH_CHROMIUM_COLD_RUNS, 10)
const PORT = positiveInt(process.env.BENCH_PORT, 3213)
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

function seededHandout(): HandoutDocumentData {
  const article = loadUpperBackPainArticle()
  return {
    clinic: { name: 'Careleaf Demo Clinic', phone: '(555) 010-0100', address: '1 Example Street, Springfield', accentColor: '#0b5450' },
    title: 'Upper back pain during sleep',
    patientName: 'Jane Doe',
    preferredName: 'Jane',
    clinicianName: 'Dr Sam Rivera',
    createdAt: '2026-11-29T10:00:00.000Z',
    instructions: 'Sleep on your back with a rolled towel under your knees.\n\nCall us if the pain wakes you more than twice a week.',
    followUpDate: '2026-12-14T12:00:00.000Z',
    contactLine: null,
    sections: article.sections.map((section, index) => ({
      topicId: 1,
      topicTitle: 'Upper back pain during sleep',
      sectionId: `section-${index}`,
      heading: section.heading,
      body: paragraphsToRichText(section.paragraphs),
    })),
    shareUrl: `http://127.0.0.1:${PORT}/p/${'Xq3vT0p7cLm9fRk2wZbY8nHs4dJa6uEg1oVi5tQyNcM'}`,
    pageSize: 'LETTER',
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The same handout as a print-styled HTML page, as a Chromium-based service would print it. */
async function handoutHtml(data: HandoutDocumentData): Promise<string> {
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
</style></head><body><header><strong>${escapeHtml(data.clinic.name)}</strong></header><h1>${escapeHtml(data.title)}</h1>
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
  return { label: 'Chromium page.pdf(), warm browser + reused page', runs: CHROMIUM_WARM_RUNS, first, p50: percentile(times, 50), p95: percentile(times, 95), pages: await countPages(firstPdf), memory: `Chromium PSS peak ${fmt(mb(peak))} MB` }
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
  return { label: 'Chromium page.pdf(), browser launched per request', runs: CHROMIUM_COLD_RUNS, first: times[0] ?? Number.NaN, p50: percentile(times, 50), p95: percentile(times, 95), pages, memory: `Chromium PSS peak ${fmt(mb(peak))} MB` }
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
    await new Promise((resolve) => setTimeout(resolve, 500))
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

/** The seeded handout with every section, made through the REST API as the demo clinician. */
async function createSeededHandout(base: string): Promise<number> {
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'clinician@careleaf.local', password: 'demo-clinician-2026' }) })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const topics = (await (await fetch(`${base}/api/topics?where[slug][equals]=upper-back-pain-during-sleep&depth=0`, { headers: auth })).json()) as {
    docs: Array<{ id: number; title: string; updatedAt: string; sections: Array<{ id: string; heading: string; body: unknown }> }>
  }
  const topic = topics.docs[0]
  if (!topic) throw new Error('the seeded topic is missing')
  const response = await fetch(`${base}/api/handouts`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      title: topic.title,
      patientName: 'Bench Patient',
      instructions: 'Sleep on your back with a rolled towel under your knees.\n\nCall us if the pain wakes you more than twice a week.',
      followUpDate: '2026-12-14T12:00:00.000Z',
      sections: topic.sections.map((section) => ({ topic: topic.id, topicTitle: topic.title, sectionId: section.id, heading: section.heading, body: section.body })),
      topicVersions: [{ topic: topic.id, topicUpdatedAt: topic.updatedAt }],
    }),
  })
  if (response.status !== 201) throw new Error(`creating the handout failed (${response.status}): ${await response.text()}`)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' })
  const body = await response.arrayBuffer()
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength }
}

async function libraryLatencies(url: string, cookie: string, count: number): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < count; i++) {
    const result = await timedGet(url, cookie)
    if (result.status !== 200) throw new Error(`library page answered ${result.status}`)
    samples.push(result.ms)
  }
  return samples
}

async function benchServer(): Promise<string[]> {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) return ['C skipped: no production build. Run `npm run build` first.']
  const base = `http://127.0.0.1:${PORT}`
  const server = spawn(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/e2e-server.ts'], {
    env: { ...process.env, E2E_PORT: String(PORT), CARELEAF_PDF_WORKERS: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: false,
  })
  try {
    await waitForServer(`${base}/sign-in`, server)
    const nextServer = () => descendants(server.pid!).filter((child) => /next-server|next start|next\/dist/.test(child.cmdline) && !/postgres/.test(child.cmdline))
    const serverMemory = () => nextServer().reduce((sum, child) => sum + processMemory(child.pid), 0)
    const cookie = await signIn(base)
    const handoutId = await createSeededHandout(base)
    const pdfUrl = `${base}/handouts/${handoutId}/pdf`
    const libraryUrl = `${base}/library`

    // Warm up: compile routes, start the PDF workers, fill caches.
    for (let i = 0; i < 3; i++) await timedGet(pdfUrl, cookie)
    await libraryLatencies(libraryUrl, cookie, 10)
    const idle = await libraryLatencies(libraryUrl, cookie, 40)

    const sampler = peakSampler(serverMemory)
    const rounds = 5
    const pdfResults: Array<{ ms: number; status: number; bytes: number }> = []
    let loading = true
    const underLoad: number[] = []
    const libraryClient = (async () => {
      while (loading) underLoad.push(...(await libraryLatencies(libraryUrl, cookie, 1)))
    })()
    const started = performance.now()
    for (let round = 0; round < rounds; round++) {
      pdfResults.push(...(await Promise.all(Array.from({ length: 4 }, () => timedGet(pdfUrl, cookie)))))
    }
    const wall = performance.now() - started
    loading = false
    await libraryClient
    const peak = sampler.stop()
    const ok = pdfResults.filter((result) => result.status === 200 && result.bytes > 1000).length
    const pdfTimes = pdfResults.map((result) => result.ms)
    return [
      `C. next start on ${base}, ${rounds} rounds × 4 concurrent PDF downloads (${pdfResults.length} PDFs, ${fmt(wall)} ms wall) while a second client loads /library in a loop:`,
      `   PDFs succeeded: ${ok}/${pdfResults.length}; PDF response p50 ${fmt(percentile(pdfTimes, 50))} ms, p95 ${fmt(percentile(pdfTimes, 95))} ms`,
      `   /library idle:       p50 ${fmt(percentile(idle, 50))} ms, p95 ${fmt(percentile(idle, 95))} ms (${idle.length} loads)`,
      `   /library under load: p50 ${fmt(percentile(underLoad, 50))} ms, p95 ${fmt(percentile(underLoad, 95))} ms (${underLoad.length} loads; target p95 ≤ 100 ms)`,
      `   next-server peak memory (PSS, worker threads included): ${fmt(mb(peak))} MB`,
    ]
  } finally {
    server.kill('SIGTERM')
    await new Promise((resolve) => {
      if (server.exitCode !== null) resolve(null)
      else server.once('exit', resolve)
      setTimeout(resolve, 10_000).unref()
    })
  }
}

// ---------------------------------------------------------------- main

const data = seededHandout()
// Other work on the machine skews every figure; the load average says how much.
const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(' / ')
console.log(`Careleaf PDF benchmark · ${new Date().toISOString()} · node ${process.version} · ${os.availableParallelism()} CPUs · load average ${loadAverage()} · ${crypto.randomUUID().slice(0, 8)}`)
console.log(`Handout: "${data.title}", ${data.sections.length} sections, instructions, follow-up, QR code. (No image yet: images arrive with the media collection.)\n`)

const reactPdf = await benchReactPdf(data)
const html = await handoutHtml(data)
const warm = await benchChromiumWarm(html)
const cold = await benchChromiumCold(html)

const rows = [reactPdf.row, warm, cold]
const header = ['Renderer', 'runs', 'first ms', 'p50 ms', 'p95 ms', 'pages', 'memory']
const table = [header, ...rows.map((row) => [row.label, String(row.runs), fmt(row.first), fmt(row.p50, 1), fmt(row.p95, 1), String(row.pages), row.memory])]
const widths = header.map((_, column) => Math.max(...table.map((line) => line[column]!.length)))
for (const [index, line] of table.entries()) {
  console.log(line.map((cell, column) => (column === 0 || column === 6 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '))
}
console.log('')
console.log(`A. react-pdf RSS across the ${RUNS} runs: ${fmt(mb(reactPdf.rssBefore))} MB → ${fmt(mb(reactPdf.rssAfter))} MB (${reactPdf.rssGrowthPct >= 0 ? '+' : ''}${fmt(reactPdf.rssGrowthPct, 1)}%; target ≤ 10%)`)
console.log(`   targets: p50 ≤ 150 ms (${fmt(reactPdf.row.p50, 1)}), first render ≤ 1500 ms (${fmt(reactPdf.row.first)})`)
console.log(`B. ratios (Chromium p50 / react-pdf p50): warm browser ${fmt(warm.p50 / reactPdf.row.p50, 2)}×, browser per request ${fmt(cold.p50 / reactPdf.row.p50, 2)}×`)
console.log('   Chromium memory is the summed PSS of its processes; react-pdf memory is the whole benchmark process (the worker is a thread in it).')
console.log('')
if (process.env.BENCH_SKIP_SERVER === '1') console.log('C skipped (BENCH_SKIP_SERVER=1).')
else {
  try {
    for (const line of await benchServer()) console.log(line)
  } catch (error) {
    console.log(`C failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
console.log(`\nLoad average at the end: ${loadAverage()} (1 / 5 / 15 min).`)
