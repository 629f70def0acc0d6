/**
 * Runs the built app (`next start`'s own request handler) behind a plain Node
 * HTTP server of ours, for one reason: the app must know the TCP peer's
 * address. `next start` passes a client's X-Forwarded-For through untouched
 * (it only fills the header when it is absent), and a route handler cannot see
 * the socket. This server writes the socket's address into a header the client
 * cannot set (lib/net/peerAddressServer.mjs); lib/net/clientAddress.ts decides
 * from it, and from CARELEAF_TRUSTED_PROXIES, who the client is.
 *
 * Plain JavaScript so production needs no TypeScript loader. Used by
 * `npm start` (scripts/portal.ts), the Docker image and the e2e server.
 *
 * usage: node scripts/next-server.mjs --port 3000 [--hostname 127.0.0.1]
 */
import { parseArgs } from 'node:util'

import { createPeerAddressServer } from '../lib/net/peerAddressServer.mjs'
import { closeServerGracefully } from '../lib/server/closeServerGracefully.mjs'
import { redactPatientLinkTokensInConsole } from '../lib/server/redactPatientLinkTokens.mjs'
import { sendHeadersWithFirstBytes } from '../lib/server/sendHeadersWithFirstBytes.mjs'

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, hostname: { type: 'string' } } })
const port = Number(values.port)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`next-server: --port must be a port number, got "${values.port}"`)
  process.exit(2)
}
// Next.js names request paths in some warnings; a patient link's token must not reach the log (lib/server/redactPatientLinkTokens.mjs).
redactPatientLinkTokensInConsole()

// As `next start` does: the production build, never the dev server.
process.env.NODE_ENV = 'production'

const { default: next } = await import('next')
const app = next({ dev: false, dir: process.cwd(), port, hostname: values.hostname ?? 'localhost' })
await app.prepare()
const handle = app.getRequestHandler()

const server = createPeerAddressServer((request, response) => {
  sendHeadersWithFirstBytes(response)
  handle(request, response).catch(() => {
    // Next.js logs its own errors; nothing from the request (it may carry patient data) goes to the log here.
    console.error('next-server: request failed')
    if (!response.headersSent) response.statusCode = 500
    response.end()
  })
})
// Without --hostname, every interface (as `next start`), which a container needs.
server.listen(port, values.hostname, () => console.log(`[careleaf] ready on http://${values.hostname ?? 'localhost'}:${port}`))

// Below the portal's CARELEAF_SHUTDOWN_GRACE_MS (25 s), so this server exits on its own first.
const GRACE_MS = Math.max(0, Number(process.env.CARELEAF_SHUTDOWN_GRACE_MS ?? 25_000) - 5_000)

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  // In-flight requests (a PDF render included) are answered before Next.js and its PDF workers close.
  await closeServerGracefully(server, { graceMs: GRACE_MS })
  await app.close().catch(() => undefined)
  // The app's LISTENing database connection (lib/db/databaseListener.ts; on globalThis as Next bundles the app apart).
  await globalThis[Symbol.for('careleaf.databaseListener')]?.stop().catch(() => undefined)
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
