import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'

import { PdfFontCoverageError } from './fontCoverage'
import {
  closePdfRenderPool,
  PDF_RENDER_THREAD_NAME,
  PdfRenderPool,
  pdfRenderPoolSize,
  pdfRenderWorkerPath,
  pdfWorkerRecycleLimits,
  renderHandoutPdfInWorker,
} from './pdfRenderPool'
import { renderHandoutPdf } from './renderHandoutPdf'
import { extractPdfText } from '../../tests/support/extractPdfText'
import { handoutFixture } from '../../tests/support/handoutFixtures'

const fakeWorkerPath = path.join(process.cwd(), 'tests', 'support', 'fakePdfRenderWorker.mjs')

afterAll(async () => {
  await closePdfRenderPool()
})

describe('renderHandoutPdfInWorker', () => {
  it('renders the same PDF as the in-process renderer', { timeout: 30_000 }, async () => {
    const [inWorker, inProcess] = await Promise.all([renderHandoutPdfInWorker(handoutFixture()), renderHandoutPdf(handoutFixture())])
    expect(Buffer.isBuffer(inWorker)).toBe(true)
    expect(Buffer.compare(inWorker, inProcess)).toBe(0)
    const [workerText, processText] = await Promise.all([extractPdfText(inWorker), extractPdfText(inProcess)])
    expect(workerText.text).toBe(processText.text)
    expect(workerText.text).toContain('Jane Doe')
  })

  it('warms a pool by starting its workers and rendering a sample on each', { timeout: 60_000 }, async () => {
    const pool = new PdfRenderPool({ size: 2 })
    try {
      await pool.warm()
      expect(pool.workerCount).toBe(2)
      // Warming twice starts nothing more.
      await pool.warm()
      expect(pool.workerCount).toBe(2)
      await expect(pool.render(handoutFixture())).resolves.toBeInstanceOf(Buffer)
    } finally {
      await pool.close()
    }
  })

  it('passes render options to the worker', { timeout: 30_000 }, async () => {
    const pdf = await extractPdfText(await renderHandoutPdfInWorker(handoutFixture(), { pageSize: 'A4' }))
    expect(pdf.pageSizes[0]).toEqual({ width: 595.28, height: 841.89 })
  })

  it('completes four concurrent jobs on two workers', { timeout: 60_000 }, async () => {
    const pool = new PdfRenderPool({ size: 2 })
    try {
      const titles = ['Knee care', 'Sleep hygiene', 'Ibuprofen safety', 'Neck stretches']
      const pdfs = await Promise.all(titles.map((title) => pool.render(handoutFixture({ title }))))
      expect(pool.workerCount).toBe(2)
      const texts = await Promise.all(pdfs.map((pdf) => extractPdfText(pdf)))
      // Each job got its own answer back, not a neighbour's.
      expect(texts.map((pdf) => pdf.info.Title)).toEqual(titles)
      texts.forEach((pdf, index) => expect(pdf.text).toContain(titles[index]))
    } finally {
      await pool.close()
    }
  })

  it('reports a render error from the real worker as a rejected job and keeps the worker', { timeout: 30_000 }, async () => {
    const pool = new PdfRenderPool({ size: 1 })
    try {
      const broken = { ...handoutFixture(), sections: 'not a list' } as unknown as Parameters<typeof pool.render>[0]
      await expect(pool.render(broken)).rejects.toThrow('PDF rendering failed: Handout data is malformed: sections must be an array.')
      await expect(pool.render(handoutFixture())).resolves.toBeInstanceOf(Buffer)
      expect(pool.workerCount).toBe(1)
    } finally {
      await pool.close()
    }
  })
})

describe('PdfRenderPool refusals', () => {
  it('hands back a handout its fonts cannot draw as the typed refusal, not a crash, and keeps the worker', { timeout: 30_000 }, async () => {
    const pool = new PdfRenderPool({ size: 1 })
    try {
      const refused = pool.render(handoutFixture({ instructions: 'Take 1 → 2 tablets.' }))
      await expect(refused).rejects.toBeInstanceOf(PdfFontCoverageError)
      await expect(refused).rejects.toThrow('The PDF fonts cannot draw U+2192 "→" in the instructions')
      await expect(pool.render(handoutFixture())).resolves.toBeInstanceOf(Buffer)
      expect(pool.workerCount).toBe(1)
    } finally {
      await pool.close()
    }
  })
})

describe('PdfRenderPool failure handling', () => {
  const pools: PdfRenderPool[] = []
  const fakePool = (options: { size?: number; jobTimeoutMs?: number } = {}): PdfRenderPool => {
    const pool = new PdfRenderPool({ workerPath: fakeWorkerPath, size: 1, ...options })
    pools.push(pool)
    return pool
  }
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.close()))
  })

  it('transfers the worker’s bytes back as a Buffer', async () => {
    const pdf = await fakePool().render(handoutFixture({ title: 'hello' }))
    expect(pdf.toString('latin1')).toBe('%PDF-fake hello')
  })

  it('times out a stuck job, stops its worker and serves the next job on a fresh one', async () => {
    // Long enough for a fresh worker to start on a busy machine, since the queued job gets the same limit.
    const pool = fakePool({ jobTimeoutMs: 1500 })
    const stuck = pool.render(handoutFixture({ title: 'hang' }))
    const queued = pool.render(handoutFixture({ title: 'after the hang' }))
    await expect(stuck).rejects.toThrow('PDF rendering timed out after 1500 ms')
    expect((await queued).toString('latin1')).toBe('%PDF-fake after the hang')
    expect(pool.workerCount).toBe(1)
  })

  it.each([
    ['throw', /The PDF render worker crashed: simulated uncaught error in the worker/],
    ['exit', /The PDF render worker crashed: the worker exited with code 7/],
  ])('rejects the job of a worker that crashes (%s) and replaces the worker', async (title, message) => {
    const pool = fakePool()
    await expect(pool.render(handoutFixture({ title }))).rejects.toThrow(message)
    expect((await pool.render(handoutFixture({ title: 'next' }))).toString('latin1')).toBe('%PDF-fake next')
  })

  it('rejects with the worker’s error message when rendering fails', async () => {
    await expect(fakePool().render(handoutFixture({ title: 'fail' }))).rejects.toThrow('PDF rendering failed: simulated render error')
  })

  it('fails every job clearly when the worker file does not exist', async () => {
    const pool = new PdfRenderPool({ workerPath: path.join(process.cwd(), 'lib', 'pdf', 'no-such-worker.mjs'), size: 1 })
    pools.push(pool)
    await expect(pool.render(handoutFixture())).rejects.toThrow(/The PDF render worker crashed: .*no-such-worker\.mjs/)
  })

  it('rejects queued and running jobs on close, and refuses new ones', async () => {
    const pool = fakePool({ jobTimeoutMs: 10_000 })
    const running = expect(pool.render(handoutFixture({ title: 'hang' }))).rejects.toThrow('closed')
    const queued = expect(pool.render(handoutFixture({ title: 'queued' }))).rejects.toThrow('closed')
    await pool.close()
    await running
    await queued
    await expect(pool.render(handoutFixture())).rejects.toThrow('closed')
    expect(pool.workerCount).toBe(0)
  })

  it('rejects data that cannot be sent to a worker without losing the worker', async () => {
    const pool = fakePool()
    const unsendable = { ...handoutFixture(), title: 'x', clinic: { name: 'Clinic', toString: () => 'not cloneable' } }
    await expect(pool.render(unsendable)).rejects.toThrow('could not be sent to the PDF render worker')
    expect((await pool.render(handoutFixture({ title: 'still here' }))).toString('latin1')).toBe('%PDF-fake still here')
  })
})

describe('PdfRenderPool worker recycling', () => {
  const pools: PdfRenderPool[] = []
  const fakePool = (options: { maxRendersPerWorker?: number; maxWorkerHeapMb?: number; jobTimeoutMs?: number }): PdfRenderPool => {
    const pool = new PdfRenderPool({ workerPath: fakeWorkerPath, size: 1, maxRendersPerWorker: 0, maxWorkerHeapMb: 0, ...options })
    pools.push(pool)
    return pool
  }
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.close()))
  })
  /** The fake worker answers "%PDF-fake thread:<n> on <threadId>". */
  const renderingThread = (pdf: Buffer) => /on (\d+)$/.exec(pdf.toString('latin1'))?.[1]

  it('replaces a worker after its Nth render; jobs queued meanwhile wait for the replacement and none is lost', async () => {
    const pool = fakePool({ maxRendersPerWorker: 3 })
    const titles = Array.from({ length: 10 }, (_, index) => `thread:${index}`)
    const pdfs = await Promise.all(titles.map((title) => pool.render(handoutFixture({ title }))))
    pdfs.forEach((pdf, index) => expect(pdf.toString('latin1')).toMatch(new RegExp(`^%PDF-fake ${titles[index]} on \\d+$`)))
    const threads = pdfs.map(renderingThread)
    // Three jobs per worker, in order: 10 jobs took four workers.
    expect(new Set(threads).size).toBe(4)
    expect(threads.slice(0, 3).every((thread) => thread === threads[0])).toBe(true)
    expect(threads[3]).not.toBe(threads[2])
    expect(pool.recycledWorkers).toBe(3)
    expect(pool.workerCount).toBe(1)
  })

  it('replaces a worker whose heap passed the bound, after answering its job', async () => {
    const pool = fakePool({ maxWorkerHeapMb: 100 })
    const before = renderingThread(await pool.render(handoutFixture({ title: 'thread:before' })))
    expect((await pool.render(handoutFixture({ title: 'heavy' }))).toString('latin1')).toBe('%PDF-fake heavy')
    expect(pool.recycledWorkers).toBe(1)
    const after = renderingThread(await pool.render(handoutFixture({ title: 'thread:after' })))
    expect(after).not.toBe(before)
    expect(pool.workerCount).toBe(1)
  })

  it('counts failed renders too, and still handles a crash and a timeout around a recycle', async () => {
    const pool = fakePool({ maxRendersPerWorker: 2, jobTimeoutMs: 3000 })
    await expect(pool.render(handoutFixture({ title: 'fail' }))).rejects.toThrow('simulated render error')
    await expect(pool.render(handoutFixture({ title: 'fail' }))).rejects.toThrow('simulated render error')
    expect(pool.recycledWorkers).toBe(1)
    // The replacement crashes mid-job: that job fails, the next gets a fresh worker.
    await expect(pool.render(handoutFixture({ title: 'exit' }))).rejects.toThrow('the worker exited with code 7')
    await expect(pool.render(handoutFixture({ title: 'hang' }))).rejects.toThrow('timed out')
    expect((await pool.render(handoutFixture({ title: 'next' }))).toString('latin1')).toBe('%PDF-fake next')
    expect(pool.workerCount).toBe(1)
  })

  it('does not count a replacement’s warm-up, so a limit of one render recycles once per job, not for ever', async () => {
    const pool = fakePool({ maxRendersPerWorker: 1, maxWorkerHeapMb: 1 })
    const threads = []
    for (let i = 0; i < 3; i++) threads.push(renderingThread(await pool.render(handoutFixture({ title: `thread:${i}` }))))
    expect(new Set(threads).size).toBe(3)
    // Give a looping pool time to show itself: only the three jobs' workers were recycled.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(pool.recycledWorkers).toBe(3)
    expect(pool.workerCount).toBe(1)
  })

  it('keeps its worker when both limits are off', async () => {
    const pool = fakePool({})
    const threads = []
    for (let i = 0; i < 20; i++) threads.push(renderingThread(await pool.render(handoutFixture({ title: `thread:${i}` }))))
    expect(new Set(threads).size).toBe(1)
    expect(pool.recycledWorkers).toBe(0)
  })

  it('takes its limits from CARELEAF_PDF_WORKER_MAX_RENDERS and CARELEAF_PDF_WORKER_MAX_HEAP_MB, 0 meaning never', () => {
    try {
      vi.stubEnv('CARELEAF_PDF_WORKER_MAX_RENDERS', '0')
      vi.stubEnv('CARELEAF_PDF_WORKER_MAX_HEAP_MB', '64')
      expect(pdfWorkerRecycleLimits()).toEqual({ maxRendersPerWorker: 0, maxWorkerHeapMb: 64 })
      vi.stubEnv('CARELEAF_PDF_WORKER_MAX_RENDERS', 'often')
      vi.stubEnv('CARELEAF_PDF_WORKER_MAX_HEAP_MB', '-1')
      const defaults = pdfWorkerRecycleLimits()
      expect(defaults.maxRendersPerWorker).toBeGreaterThan(0)
      expect(defaults.maxWorkerHeapMb).toBeGreaterThan(0)
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

/** This process's threads: name and nice value, from /proc/self/task/<tid>/stat (field 19). */
function processThreads(): Array<{ tid: number; name: string; nice: number }> {
  return fs.readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      return [{ tid: Number(tid), name, nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) }]
    } catch {
      // The thread ended meanwhile.
      return []
    }
  })
}

const canReadThreadNice = process.platform === 'linux' && fs.existsSync('/proc/thread-self/stat')
const ownNice = canReadThreadNice ? Number(fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')[16]) : 0

// Elsewhere (macOS, Windows) a thread's priority cannot be set or read this way; a test process already at
// nice ≥ 10 could not be lowered to it (raising a thread's priority back needs privileges).
describe.skipIf(!canReadThreadNice || ownNice >= 10)('PDF render thread priority (Linux: per-thread nice in /proc)', () => {
  it('renders on a thread at nice +10 while every other thread keeps its priority, replacements included', { timeout: 120_000 }, async () => {
    const renderThreads = () => processThreads().filter((thread) => thread.name === PDF_RENDER_THREAD_NAME)
    // The shared pool of the tests above has a worker of its own.
    await closePdfRenderPool()
    await expect.poll(() => renderThreads().length).toBe(0)
    const pool = new PdfRenderPool({ size: 1, maxRendersPerWorker: 2, maxWorkerHeapMb: 0 })
    try {
      await pool.render(handoutFixture())
      await expect.poll(() => renderThreads().map((thread) => thread.nice), { timeout: 15_000 }).toEqual([10])
      // The first worker lowered itself after start-up; after its second render a replacement starts, low from the start.
      await pool.render(handoutFixture())
      expect(pool.recycledWorkers).toBe(1)
      await expect(pool.render(handoutFixture())).resolves.toBeInstanceOf(Buffer)
      await expect.poll(() => renderThreads().map((thread) => thread.nice), { timeout: 15_000 }).toEqual([10])
      const threads = processThreads()
      // The main thread, this one, the libuv pool and V8's helpers (shared with the request thread) keep theirs.
      expect(threads.filter((thread) => thread.name !== PDF_RENDER_THREAD_NAME && thread.nice !== ownNice)).toEqual([])
      expect(threads.find((thread) => thread.tid === process.pid)?.nice).toBe(ownNice)
    } finally {
      await pool.close()
    }
  })
})

describe('pool configuration', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('finds the worker from the working directory unless CARELEAF_PDF_WORKER_PATH says otherwise', () => {
    expect(pdfRenderWorkerPath()).toBe(path.join(process.cwd(), 'lib', 'pdf', 'pdfRenderWorker.mjs'))
    vi.stubEnv('CARELEAF_PDF_WORKER_PATH', '/opt/careleaf/pdfRenderWorker.mjs')
    expect(pdfRenderWorkerPath()).toBe('/opt/careleaf/pdfRenderWorker.mjs')
  })

  it('sizes the pool from CARELEAF_PDF_WORKERS, falling back to at most two', () => {
    vi.stubEnv('CARELEAF_PDF_WORKERS', '3')
    expect(pdfRenderPoolSize()).toBe(3)
    for (const invalid of ['', '0', '-2', 'lots']) {
      vi.stubEnv('CARELEAF_PDF_WORKERS', invalid)
      expect(pdfRenderPoolSize()).toBeGreaterThanOrEqual(1)
      expect(pdfRenderPoolSize()).toBeLessThanOrEqual(2)
    }
  })
})

describe('idle workers', () => {
  it('do not keep the process alive', { timeout: 60_000 }, async () => {
    // A separate Node process renders once and never closes the pool: it must still exit by itself.
    const script = [
      "const { renderHandoutPdfInWorker } = await import('./lib/pdf/pdfRenderPool.ts')",
      "const { handoutFixture } = await import('./tests/support/handoutFixtures.ts')",
      'const pdf = await renderHandoutPdfInWorker(handoutFixture())',
      "console.log('rendered', pdf.byteLength > 1000)",
    ].join('\n')
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exitCode = await new Promise<number | null>((resolve) => {
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 45_000)
      child.on('exit', (code) => {
        clearTimeout(killTimer)
        resolve(code)
      })
    })
    expect(output).toContain('rendered true')
    expect(exitCode).toBe(0)
  })
})

describe('PdfRenderPool.ready', () => {
  it(
    'is true before and after a warm-up that renders, false while warming, after a warm-up that rendered nothing, and once closed',
    { timeout: 30_000 },
    async () => {
      const pool = new PdfRenderPool({ workerPath: fakeWorkerPath, size: 1 })
      const broken = new PdfRenderPool({ workerPath: path.join(process.cwd(), 'tests', 'support', 'no-such-worker.mjs'), size: 1 })
      try {
        expect(pool.ready).toBe(true)
        const warming = pool.warm()
        expect(pool.ready).toBe(false)
        await warming
        expect(pool.ready).toBe(true)

        await broken.warm()
        expect(broken.ready).toBe(false)
      } finally {
        await pool.close()
        await broken.close()
      }
      expect(pool.ready).toBe(false)
    },
  )
})
