// Worker thread entry for ./pdfRenderPool.ts.
//
// Plain JavaScript on purpose: the pool starts this file by a path computed at
// run time, so neither Next.js nor any bundler compiles it, and Node must be
// able to run it as is. It loads the renderer prebuilt by
// scripts/build-pdf-worker.ts, or the TypeScript sources (see importRenderer).
//
// Protocol: the pool posts { id, data, options }; the worker answers
// { id, heapBytes, ok: true, pdf: ArrayBuffer } with the buffer transferred
// rather than copied, or { id, heapBytes, ok: false, error: { name, message,
// stack } }. heapBytes is this thread's V8 heap after the job, by which the
// pool decides to recycle it.

import fs from 'node:fs'
import os from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import { parentPort, workerData } from 'node:worker_threads'

import { choosePdfRendererModule } from './pdfWorkerBundle.mjs'

if (!parentPort) {
  throw new Error('pdfRenderWorker.mjs must be started as a worker thread by pdfRenderPool.ts.')
}
const port = parentPort

/**
 * Lowers this thread's CPU priority (nice +10) on Linux, where
 * setpriority() given a thread id affects only that thread. On a busy
 * machine the request threads then win the CPU over PDF layout, so pages
 * stay fast while PDFs take a little longer. Best effort: elsewhere, or
 * without /proc, or where the call is refused, nothing changes and nothing
 * is logged. Only this thread: the libuv pool and V8's helper threads (GC,
 * compiler) are shared with the request thread, so they stay at nice 0.
 */
export function lowerRenderThreadPriority() {
  if (process.platform !== 'linux' || process.env.CARELEAF_PDF_WORKER_NICE === '0') return false
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop())
    if (!Number.isInteger(tid) || tid === process.pid) return false
    os.setPriority(tid, 10)
    return true
  } catch {
    return false
  }
}

const rootDir = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The prebuilt bundle (scripts/build-pdf-worker.ts) when it is there and
 * current, else the TypeScript sources through tsx's scoped loader, which
 * affects only this import (not the rest of the thread). Compiling the
 * sources costs about a second of the first render; the bundle does not.
 */
async function importRenderer() {
  const choice = choosePdfRendererModule({ rootDir })
  if (choice.kind === 'bundle') return import(pathToFileURL(choice.file).href)
  const { tsImport } = await import('tsx/esm/api')
  // Given explicitly so the JSX and path settings do not depend on the cwd.
  const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url))
  // One tsImport call: each call gets its own module namespace, and a second
  // one would load a second copy of react-pdf with an empty font registry.
  return tsImport('./renderHandoutPdf.ts', { parentURL: import.meta.url, tsconfig })
}

// A replacement for a recycled worker starts while the server is serving: nothing waits for it, so it starts at low priority.
if (workerData?.lowPriorityFromStart === true) lowerRenderThreadPriority()

const rendererReady = importRenderer().then(async (renderer) => {
  // Parse the TTFs now, while idle, instead of during the first job.
  await renderer.loadHandoutFonts()
  // Start-up (loading the renderer, parsing fonts) runs at normal priority so the first PDF is not late.
  lowerRenderThreadPriority()
  return renderer
})
// A load failure is reported to each job below; without this the rejection
// would also count as unhandled and kill the thread before any job saw it.
rendererReady.catch(() => {})

/** The bytes as an ArrayBuffer that can be transferred: a Buffer may be a view into a larger shared pool. */
function transferableBytes(pdf) {
  if (pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength && pdf.buffer instanceof ArrayBuffer) {
    return pdf.buffer
  }
  return pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength)
}

/** Committed heap plus memory held outside it (ArrayBuffers, font buffers): what this thread adds to the process's RSS. */
function heapBytes() {
  const stats = v8.getHeapStatistics()
  return stats.total_heap_size + (stats.external_memory ?? 0)
}

function describeError(error) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack }
  return { name: 'Error', message: String(error) }
}

port.on('message', async (message) => {
  const id = message?.id
  try {
    const renderer = await rendererReady
    const pdf = await renderer.renderHandoutPdf(message.data, message.options ?? {})
    const bytes = transferableBytes(pdf)
    port.postMessage({ id, heapBytes: heapBytes(), ok: true, pdf: bytes }, [bytes])
  } catch (error) {
    port.postMessage({ id, heapBytes: heapBytes(), ok: false, error: describeError(error) })
  }
})
