import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { PDF_FONT_COVERAGE_ERROR, PdfFontCoverageError } from './fontCoverage'
import type { RenderHandoutPdfOptions } from './renderHandoutPdf'
import type { HandoutDocumentData } from '../handouts/types'

// Type-only: importing the renderer's code here would pull react-pdf into
// the request thread, which is what the worker exists to avoid. (fontCoverage
// loads no react-pdf.)

const DEFAULT_JOB_TIMEOUT_MS = 30_000
const MAX_POOL_SIZE = 16
/**
 * A runaway layout should kill its worker, not the web server's heap.
 * Generous: a 60-section handout peaks well under 200 MB.
 */
const WORKER_HEAP_LIMIT_MB = 512
/** The worker threads' name, as the OS shows it (/proc/<pid>/task/<tid>/comm, top -H): at most 15 characters. */
export const PDF_RENDER_THREAD_NAME = 'careleaf-pdf'
/**
 * A worker is replaced after this many renders, or once its heap passes
 * DEFAULT_MAX_WORKER_HEAP_MB: a long-lived worker's heap only grows (V8
 * keeps the heap it once needed; react-pdf and fontkit keep caches), 238 MB
 * after 1,000 renders of the seeded handout against 149 MB for a recycled
 * one. The process's RSS did not come down with it (bench:pdf measured the
 * same growth with and without recycling: docs/benchmarks.md), so this
 * bounds the worker, not the server. Replacing costs one worker start, in
 * the background. The heap bound sits above the 200–250 MB a worker settles
 * at and below WORKER_HEAP_LIMIT_MB: a guard against an unusual handout.
 */
const DEFAULT_MAX_RENDERS_PER_WORKER = 250
const DEFAULT_MAX_WORKER_HEAP_MB = 384

/**
 * Where the worker entry lives. Computed at run time from the working
 * directory (the app always starts at the repository root) so that bundlers
 * do not try to follow it: the .mjs file must run straight from disk.
 * Deployments that start elsewhere set CARELEAF_PDF_WORKER_PATH.
 */
export function pdfRenderWorkerPath(): string {
  const override = process.env.CARELEAF_PDF_WORKER_PATH
  if (override && override.trim() !== '') return path.resolve(override)
  const segments = ['lib', 'pdf', 'pdfRenderWorker.mjs']
  return path.join(process.cwd(), ...segments)
}

/**
 * CARELEAF_PDF_WORKERS when it is a positive integer; otherwise 2, or fewer
 * on a machine with fewer than three cores so one core stays free for
 * serving requests.
 */
export function pdfRenderPoolSize(): number {
  const configured = Number.parseInt(process.env.CARELEAF_PDF_WORKERS ?? '', 10)
  if (Number.isInteger(configured) && configured > 0) return Math.min(configured, MAX_POOL_SIZE)
  return Math.max(1, Math.min(2, os.availableParallelism() - 1))
}

/** A non-negative integer from the environment (0 turns the limit off), else the default. */
function limitFromEnv(name: string, fallback: number): number {
  const configured = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isInteger(configured) && configured >= 0 ? configured : fallback
}

/**
 * When a worker is replaced: CARELEAF_PDF_WORKER_MAX_RENDERS renders (250)
 * or CARELEAF_PDF_WORKER_MAX_HEAP_MB of heap (384); 0 turns either off.
 */
export function pdfWorkerRecycleLimits(): { maxRendersPerWorker: number; maxWorkerHeapMb: number } {
  return {
    maxRendersPerWorker: limitFromEnv('CARELEAF_PDF_WORKER_MAX_RENDERS', DEFAULT_MAX_RENDERS_PER_WORKER),
    maxWorkerHeapMb: limitFromEnv('CARELEAF_PDF_WORKER_MAX_HEAP_MB', DEFAULT_MAX_WORKER_HEAP_MB),
  }
}

export interface PdfRenderPoolOptions {
  size?: number
  workerPath?: string
  jobTimeoutMs?: number
  /** Renders after which a worker is replaced; 0: never. Defaults from pdfWorkerRecycleLimits(). */
  maxRendersPerWorker?: number
  /** V8 heap (committed, plus external memory) a worker reports after a job, past which it is replaced; 0: never. */
  maxWorkerHeapMb?: number
}

interface RenderJob {
  id: number
  data: HandoutDocumentData
  options: RenderHandoutPdfOptions
  resolve: (pdf: Buffer) => void
  reject: (error: Error) => void
  /** A replacement's warm-up: not counted towards its renders, and never the reason to recycle it (which could loop). */
  warmUp?: boolean
}

interface PooledWorker {
  worker: Worker
  job: RenderJob | null
  timeout: NodeJS.Timeout | null
  /** Jobs it has answered, its warm-up as a replacement not included. */
  renders: number
  /** Its heap as it last reported it (see heapBytes in the worker's answers). */
  heapBytes: number
}

/** heapBytes: the worker's V8 heap after the job, when it reports it. */
type RenderResultMessage = { id: number; heapBytes?: number } & (
  { ok: true; pdf: ArrayBuffer } | { ok: false; error: { name?: string; message: string; stack?: string } }
)

function isRenderResultMessage(value: unknown): value is RenderResultMessage {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  if (typeof message.id !== 'number') return false
  if (message.heapBytes !== undefined && typeof message.heapBytes !== 'number') return false
  if (message.ok === true) return message.pdf instanceof ArrayBuffer
  if (message.ok === false) {
    const error = message.error
    return typeof error === 'object' && error !== null && typeof (error as Record<string, unknown>).message === 'string'
  }
  return false
}

/**
 * A small pool of worker threads that render handout PDFs, so react-pdf's
 * synchronous layout never blocks the thread serving requests. Workers start
 * on demand, take one job at a time, and are kept for reuse (fonts stay
 * loaded). A job that runs past its timeout has its worker terminated; a
 * worker that crashes fails only its current job. Replacements start when the
 * next job needs one.
 *
 * A worker that has rendered maxRendersPerWorker jobs, or reports more heap
 * than maxWorkerHeapMb, is recycled between jobs, never during one: it is
 * stopped after answering, and a replacement starts at once (at low priority,
 * see pdfRenderWorker.mjs) and renders the warm-up sample while nothing
 * waits. Queued jobs simply go to the replacement.
 */
export class PdfRenderPool {
  readonly size: number
  readonly workerPath: string
  readonly jobTimeoutMs: number
  readonly maxRendersPerWorker: number
  readonly maxWorkerHeapMb: number

  private readonly workers = new Set<PooledWorker>()
  private readonly queue: RenderJob[] = []
  private nextJobId = 1
  private closed = false
  private warming = false
  private warmUpFailed = false
  private recycled = 0

  constructor(options: PdfRenderPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? pdfRenderPoolSize()))
    this.workerPath = options.workerPath ?? pdfRenderWorkerPath()
    this.jobTimeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS
    const limits = pdfWorkerRecycleLimits()
    this.maxRendersPerWorker = Math.max(0, Math.floor(options.maxRendersPerWorker ?? limits.maxRendersPerWorker))
    this.maxWorkerHeapMb = Math.max(0, options.maxWorkerHeapMb ?? limits.maxWorkerHeapMb)
  }

  /** Each live worker's heap as it last reported it, in bytes; for diagnostics (the benchmark). */
  get workerHeapBytes(): number[] {
    return [...this.workers].map((pooled) => pooled.heapBytes)
  }

  /** Workers replaced so far for having rendered or grown enough; for tests and diagnostics. */
  get recycledWorkers(): number {
    return this.recycled
  }

  /** Number of live workers; for tests and diagnostics. */
  get workerCount(): number {
    return this.workers.size
  }

  /**
   * Whether the pool can take jobs now, for the readiness endpoint: not closed,
   * not still warming up, and its last warm-up rendered something (a broken
   * worker bundle fails every render). A later successful render clears that.
   */
  get ready(): boolean {
    return !this.closed && !this.warming && !this.warmUpFailed
  }

  /**
   * Starts every worker now and has each render a small sample handout, so
   * the first real PDF finds the renderer loaded, fonts parsed and the layout
   * code compiled instead of paying for all of it (most of a second on 2
   * cores). Jobs that arrive meanwhile queue as usual. Resolves when done;
   * a failed warm-up is not an error (the next job will show the problem).
   */
  async warm(): Promise<void> {
    const missing = Math.max(0, this.size - this.workers.size)
    if (missing === 0) return
    this.warming = true
    try {
      const results = await Promise.allSettled(Array.from({ length: missing }, () => this.render(WARM_UP_HANDOUT)))
      this.warmUpFailed = results.every((result) => result.status === 'rejected')
    } finally {
      this.warming = false
    }
  }

  render(data: HandoutDocumentData, options: RenderHandoutPdfOptions = {}): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('The PDF render pool has been closed.'))
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextJobId++, data, options, resolve, reject })
      this.dispatch()
    })
  }

  /** Rejects queued and running jobs and stops every worker. */
  async close(): Promise<void> {
    this.closed = true
    const closedError = new Error('The PDF render pool was closed before the PDF was rendered.')
    for (const job of this.queue.splice(0)) job.reject(closedError)
    await Promise.all(
      [...this.workers].map(async (pooled) => {
        const job = this.retire(pooled)
        job?.reject(closedError)
        await pooled.worker.terminate()
      }),
    )
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const pooled = this.idleWorker() ?? (this.workers.size < this.size ? this.spawn() : null)
      if (!pooled) return
      const job = this.queue.shift()
      if (!job) return
      this.assign(pooled, job)
    }
  }

  private idleWorker(): PooledWorker | null {
    for (const pooled of this.workers) if (pooled.job === null) return pooled
    return null
  }

  /** lowPriorityFromStart: a replacement for a recycled worker, which nothing waits for, starts at low priority too. */
  private spawn({ lowPriorityFromStart = false }: { lowPriorityFromStart?: boolean } = {}): PooledWorker {
    const worker = new Worker(this.workerPath, {
      name: PDF_RENDER_THREAD_NAME,
      workerData: { lowPriorityFromStart },
      // Not the parent's flags: loader or condition flags meant for the app
      // (--input-type, --conditions=react-server, --import hooks) can stop the
      // worker from starting or resolve a different React. The worker loads
      // TypeScript itself.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
    })
    const pooled: PooledWorker = { worker, job: null, timeout: null, renders: 0, heapBytes: 0 }
    // Idle workers must not keep the process alive; a busy one is ref'd in assign().
    worker.unref()
    worker.on('message', (message: unknown) => this.handleResult(pooled, message))
    worker.on('error', (error: Error) => this.handleWorkerFailure(pooled, error))
    worker.on('messageerror', (error: Error) => this.handleWorkerFailure(pooled, error))
    worker.on('exit', (exitCode: number) => this.handleWorkerFailure(pooled, new Error(`the worker exited with code ${exitCode}`)))
    this.workers.add(pooled)
    return pooled
  }

  private assign(pooled: PooledWorker, job: RenderJob): void {
    pooled.job = job
    pooled.worker.ref()
    pooled.timeout = setTimeout(() => this.handleTimeout(pooled), this.jobTimeoutMs)
    pooled.timeout.unref()
    try {
      pooled.worker.postMessage({ id: job.id, data: job.data, options: job.options })
    } catch (error) {
      // Data that cannot be structured-cloned fails this job; the worker never saw it and stays usable.
      this.release(pooled)
      job.reject(new Error('The handout data could not be sent to the PDF render worker.', { cause: error }))
    }
  }

  /** Marks a worker idle again and returns the job it was running. */
  private release(pooled: PooledWorker): RenderJob | null {
    const job = pooled.job
    if (pooled.timeout) clearTimeout(pooled.timeout)
    pooled.timeout = null
    pooled.job = null
    pooled.worker.unref()
    return job
  }

  /** Removes a worker from the pool for good and returns the job it was running. */
  private retire(pooled: PooledWorker): RenderJob | null {
    this.workers.delete(pooled)
    return this.release(pooled)
  }

  private handleResult(pooled: PooledWorker, message: unknown): void {
    if (!isRenderResultMessage(message) || pooled.job === null || message.id !== pooled.job.id) return
    const job = this.release(pooled)
    const counted = job !== null && job.warmUp !== true
    if (counted) pooled.renders += 1
    if (message.heapBytes !== undefined) pooled.heapBytes = message.heapBytes
    if (message.ok) {
      this.warmUpFailed = false
      // Wraps the transferred memory; no copy.
      job?.resolve(Buffer.from(message.pdf))
    } else if (message.error.name === PDF_FONT_COVERAGE_ERROR) {
      // A refusal, not a failure: typed again on this side, so callers can tell the patient why.
      job?.reject(new PdfFontCoverageError(message.error.message))
    } else {
      const error = new Error(`PDF rendering failed: ${message.error.message}`)
      if (message.error.stack) error.stack = `${error.name}: ${error.message}\n--- in the render worker ---\n${message.error.stack}`
      job?.reject(error)
    }
    if (counted && this.isWornOut(pooled)) this.recycle(pooled)
    this.dispatch()
  }

  private isWornOut(pooled: PooledWorker): boolean {
    if (this.maxRendersPerWorker > 0 && pooled.renders >= this.maxRendersPerWorker) return true
    return this.maxWorkerHeapMb > 0 && pooled.heapBytes > this.maxWorkerHeapMb * 1024 * 1024
  }

  /** Stops an idle worker that has done its share and starts its replacement, warmed when no job is waiting. */
  private recycle(pooled: PooledWorker): void {
    this.retire(pooled)
    void pooled.worker.terminate()
    this.recycled += 1
    if (this.closed) return
    const replacement = this.spawn({ lowPriorityFromStart: true })
    if (this.queue.length === 0) {
      // Its answer is only for warming; a failure shows again on the next real job.
      this.assign(replacement, { id: this.nextJobId++, data: WARM_UP_HANDOUT, options: {}, resolve: () => undefined, reject: () => undefined, warmUp: true })
    }
  }

  private handleTimeout(pooled: PooledWorker): void {
    if (!this.workers.has(pooled)) return
    const job = this.retire(pooled)
    job?.reject(new Error(`PDF rendering timed out after ${this.jobTimeoutMs} ms; the render worker was stopped and will be replaced.`))
    // terminate() interrupts even a synchronous infinite loop.
    void pooled.worker.terminate()
    this.dispatch()
  }

  private handleWorkerFailure(pooled: PooledWorker, cause: Error): void {
    // A crash emits 'error' then 'exit'; a timeout or close has already retired the worker.
    if (!this.workers.has(pooled)) return
    const job = this.retire(pooled)
    job?.reject(new Error(`The PDF render worker crashed: ${cause.message}`, { cause }))
    void pooled.worker.terminate()
    this.dispatch()
  }
}

/**
 * A short handout touching the paths every real one takes (bold and italic
 * faces, a list, the instructions box, the QR code), rendered by warm().
 * No patient data: it is made up and never leaves the worker.
 */
const WARM_UP_HANDOUT: HandoutDocumentData = {
  clinic: { name: 'Careleaf', phone: '(555) 010-0100', address: null, accentColor: null },
  title: 'Warm-up',
  patientName: 'Warm-up',
  clinicianName: 'Careleaf',
  createdAt: '2026-01-01T12:00:00.000Z',
  instructions: 'Rest.\n\nDrink water.',
  sections: [
    {
      topicId: 0,
      topicTitle: 'Warm-up',
      sectionId: 'warm-up',
      heading: 'Warm-up',
      blockType: 'tips',
      body: { do: ['Walk every day.'], dont: ['Lift heavy things.'] },
    },
  ],
  shareUrl: 'https://careleaf.invalid/p/warm-up',
  followUpDate: '2026-01-15T12:00:00.000Z',
}

// On globalThis rather than in a module variable: Next.js compiles
// instrumentation.ts (which warms the pool at start) and each route into
// separate bundles, each with its own copy of this module. One process must
// still have one pool, or a 2-core server would run two render workers.
const SHARED_POOL_KEY = Symbol.for('careleaf.pdfRenderPool')
const sharedPoolHolder = globalThis as typeof globalThis & { [SHARED_POOL_KEY]?: PdfRenderPool | null }

function sharedPool(): PdfRenderPool {
  return (sharedPoolHolder[SHARED_POOL_KEY] ??= new PdfRenderPool())
}

/**
 * Renders a handout PDF on a worker thread. The shared pool is created on
 * first use; see PdfRenderPool for timeout and crash behaviour.
 */
export function renderHandoutPdfInWorker(data: HandoutDocumentData, options: RenderHandoutPdfOptions = {}): Promise<Buffer> {
  return sharedPool().render(data, options)
}

/** Starts and warms the shared pool's workers (server start, see instrumentation.ts). */
export function warmPdfRenderPool(): Promise<void> {
  return sharedPool().warm()
}

/** Whether the shared pool can take jobs (see PdfRenderPool.ready); a pool not started yet starts on the first job. */
export function pdfRenderPoolReady(): boolean {
  return sharedPoolHolder[SHARED_POOL_KEY]?.ready ?? true
}

/** Stops the shared pool's workers (tests, graceful shutdown). The next render starts a fresh pool. */
export async function closePdfRenderPool(): Promise<void> {
  const pool = sharedPoolHolder[SHARED_POOL_KEY]
  sharedPoolHolder[SHARED_POOL_KEY] = null
  await pool?.close()
}
