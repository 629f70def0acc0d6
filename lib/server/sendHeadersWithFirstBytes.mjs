// Plain JavaScript: the production server (scripts/next-server.mjs) imports this without a TypeScript loader.

/**
 * Next.js calls `flushHeaders()` before it writes a response's first body
 * chunk, so that a streamed page starts at once. Node then sends the headers
 * on their own, and the body follows in a second write: one more system call
 * (and loopback or network packet) on every response, a fair share of the CPU
 * a small patient page costs. Holding the socket corked until the end of the
 * current tick lets the headers leave together with the bytes written right
 * after them, in the same tick, as Node does itself for a chunked write.
 * Nothing waits longer than that tick, so a streamed page still starts at once.
 * @param {import('node:http').ServerResponse} response
 */
export function sendHeadersWithFirstBytes(response) {
  const flushHeaders = response.flushHeaders
  response.flushHeaders = function flushHeadersWithFirstBytes() {
    this.cork()
    flushHeaders.call(this)
    process.nextTick(() => this.uncork())
  }
}
