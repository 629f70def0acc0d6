// Stand-in for lib/pdf/pdfRenderWorker.mjs that misbehaves on request, so the
// pool's timeout and crash handling can be tested without a real stuck render.
// The handout title picks the behaviour. Each answer reports a small heap,
// or a huge one for "heavy", for the pool's recycling; a title starting with
// "thread:" is answered with this thread's id, to tell workers apart.
import { parentPort, threadId } from 'node:worker_threads'

const SMALL_HEAP_BYTES = 1024 * 1024
const HUGE_HEAP_BYTES = 4 * 1024 * 1024 * 1024

parentPort.on('message', ({ id, data }) => {
  switch (data?.title) {
    case 'hang':
      // Synchronous, like a runaway layout: only terminate() can stop it.
      for (;;) {
        /* spin */
      }
    case 'throw':
      setImmediate(() => {
        throw new Error('simulated uncaught error in the worker')
      })
      return
    case 'exit':
      process.exit(7)
      return
    case 'fail':
      parentPort.postMessage({ id, heapBytes: SMALL_HEAP_BYTES, ok: false, error: { name: 'Error', message: 'simulated render error' } })
      return
    default: {
      const title = String(data?.title ?? '')
      const bytes = new TextEncoder().encode(title.startsWith('thread:') ? `%PDF-fake ${title} on ${threadId}` : `%PDF-fake ${title}`).buffer
      const heapBytes = title === 'heavy' ? HUGE_HEAP_BYTES : SMALL_HEAP_BYTES
      parentPort.postMessage({ id, heapBytes, ok: true, pdf: bytes }, [bytes])
    }
  }
})
