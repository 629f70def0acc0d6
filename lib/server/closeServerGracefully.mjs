// Plain JavaScript: the production server (scripts/next-server.mjs) imports this without a TypeScript loader.

/**
 * Stops an HTTP server the way an orchestrator's SIGTERM expects: no new
 * connections, every request already in flight (a PDF render included)
 * answered, idle keep-alive connections closed so they cannot hold the
 * process open, then resolves. After `graceMs` it resolves anyway, so a
 * stuck download cannot keep a stopping instance alive for ever.
 * @param {import('node:http').Server} server
 * @param {{ graceMs: number }} options
 * @returns {Promise<'drained' | 'timed-out'>}
 */
export function closeServerGracefully(server, { graceMs }) {
  return new Promise((resolve) => {
    // A connection that finishes its request while we wait becomes idle: close those as they appear.
    const sweep = setInterval(() => server.closeIdleConnections(), 200)
    const deadline = setTimeout(() => {
      clearInterval(sweep)
      resolve('timed-out')
    }, graceMs)
    sweep.unref()
    deadline.unref()
    server.close(() => {
      clearInterval(sweep)
      clearTimeout(deadline)
      resolve('drained')
    })
    server.closeIdleConnections()
  })
}
