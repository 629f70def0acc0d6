import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { chromium, type Browser } from '@playwright/test'
import QRCode from 'qrcode'

import type { HandoutDocumentData } from '../../../lib/handouts/types'
import { handoutBodyHtml } from '../../../lib/share/patientPage/handoutBodyHtml'
import { escapeHtml } from '../../../lib/share/patientPage/html'
import { descendants, processMemory } from '../procfs'
import { load1, type FigureReport } from '../report'
import { fmt, mb, peakSampler, percentile } from '../stats'
import { countPages, type RendererRow } from './rendererRow'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** The same handout as a print-styled HTML page, as a Chromium-based service would print it. */
export async function handoutHtml(data: HandoutDocumentData, logoPng: Buffer): Promise<string> {
  const qr = await QRCode.toDataURL(data.shareUrl!, { errorCorrectionLevel: 'M', margin: 4, scale: 6 })
  const fontDir = path.join(process.cwd(), 'lib', 'pdf', 'fonts')
  const font = (file: string, weight: number, style: string) =>
    `@font-face{font-family:'Atkinson Hyperlegible';src:url(data:font/ttf;base64,${fs.readFileSync(path.join(fontDir, file)).toString('base64')});font-weight:${weight};font-style:${style}}`
  // The patient page's own renderer: every block kind, the same order as the PDF.
  const sections = handoutBodyHtml({ sections: data.sections, locale: 'en' }).value
  const instructions = (data.instructions ?? '')
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')
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

/** The summed PSS of every Chromium process this benchmark started. */
function chromiumMemory(): number {
  return descendants(process.pid)
    .filter((child) => /chrom/i.test(child.cmdline))
    .reduce((sum, child) => sum + processMemory(child.pid), 0)
}

async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS })
}

/** Sets the page's HTML and prints it, as a Chromium PDF service does per request. */
async function printPdf(page: Awaited<ReturnType<Browser['newPage']>>, html: string): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load' })
  return page.pdf({ format: 'Letter', printBackground: true })
}

async function benchChromiumWarm(html: string, runs: number): Promise<RendererRow> {
  const sampler = peakSampler(chromiumMemory)
  let started = performance.now()
  const browser = await launchChromium()
  const page = await browser.newPage()
  const firstPdf = await printPdf(page, html)
  const first = performance.now() - started
  for (let i = 0; i < 3; i++) await printPdf(page, html)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    started = performance.now()
    await printPdf(page, html)
    times.push(performance.now() - started)
  }
  const peak = sampler.stop()
  await browser.close()
  return {
    label: 'Chromium page.pdf(), warm browser + reused page',
    runs,
    first,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    pages: await countPages(firstPdf),
    memory: `Chromium PSS peak ${fmt(mb(peak))} MB`,
    peakBytes: peak,
  }
}

async function benchChromiumCold(html: string, runs: number): Promise<RendererRow> {
  const sampler = peakSampler(chromiumMemory)
  const times: number[] = []
  let pages = 0
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const browser = await launchChromium()
    const pdf = await printPdf(await browser.newPage(), html)
    await browser.close()
    times.push(performance.now() - started)
    if (i === 0) pages = await countPages(pdf)
  }
  const peak = sampler.stop()
  return {
    label: 'Chromium page.pdf(), browser launched per request',
    runs,
    first: times[0] ?? Number.NaN,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    pages,
    memory: `Chromium PSS peak ${fmt(mb(peak))} MB`,
    peakBytes: peak,
  }
}

/**
 * Part B, the same handout as HTML printed by headless Chromium `page.pdf()`:
 * a warm browser with one reused page, and a browser launched per request,
 * each compared with part A's react-pdf row.
 */
export async function benchChromium(
  html: string,
  options: { warmRuns: number; coldRuns: number; reactPdf: RendererRow; report: FigureReport },
): Promise<RendererRow[]> {
  const { reactPdf, report } = options
  const warm = await benchChromiumWarm(html, options.warmRuns)
  const loadAfterWarm = load1()
  const cold = await benchChromiumCold(html, options.coldRuns)
  report.add('B', 'Chromium p50 ÷ react-pdf p50, warm browser + reused page', `${fmt(warm.p50 / reactPdf.p50, 2)}×`, undefined, loadAfterWarm)
  report.add('B', 'Chromium p50 ÷ react-pdf p50, browser launched per request', `${fmt(cold.p50 / reactPdf.p50, 2)}×`, {
    text: '> 1 (react-pdf faster)',
    met: cold.p50 > reactPdf.p50,
  })
  report.add(
    'B',
    'peak memory: react-pdf process RSS / Chromium PSS warm / per request',
    `${fmt(mb(reactPdf.peakBytes))} / ${fmt(mb(warm.peakBytes))} / ${fmt(mb(cold.peakBytes))} MB`,
  )
  return [warm, cold]
}
