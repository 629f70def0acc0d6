// Stand-in for lib/pdf/pdfRenderWorker.mjs that misbehaves on request, so the
// pool's timeout and crash handling can be tested without a real stuck render.
// The handout title picks the behaviour.
import { parentPort } from 'node:worker_threads'

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
      parentPort.postMessage({ id, ok: false, error: { name: 'Error', message: 'simulated render error' } })
      return
    default: {
      const bytes = new TextEncoder().encode(`%PDF-fake ${data?.title ?? ''}`).buffer
      parentPort.postMessage({ id, ok: true, pdf: bytes }, [bytes])
    }
  }
})
