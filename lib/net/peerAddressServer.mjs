// Plain JavaScript: the production server (scripts/next-server.mjs) imports this without a TypeScript loader.
import http from 'node:http'

/**
 * The header that carries the TCP peer's address (the socket's, not anything
 * the client wrote) from our HTTP server to the app. The server overwrites it
 * on every request, so whatever a client sends under this name is replaced
 * before Next.js sees the request.
 */
export const PEER_ADDRESS_HEADER = 'x-careleaf-peer-address'

/**
 * Set in this process by the server below. Route code reads the header only
 * when it is set: under plain `next start` or `next dev` nobody overwrites the
 * header, so a client could write it. A global symbol, because Next.js bundles
 * the app's copy of this module separately from the server's.
 */
const PEER_ADDRESS_SERVER = Symbol.for('careleaf.peerAddressServer')

/** @returns {boolean} whether this process serves requests through createPeerAddressServer. */
export function peerAddressHeaderIsSet() {
  return /** @type {Record<symbol, unknown>} */ (globalThis)[PEER_ADDRESS_SERVER] === true
}

/**
 * An HTTP server that writes the socket's remote address into
 * PEER_ADDRESS_HEADER, replacing any client-sent value, then hands over.
 * @param {(request: http.IncomingMessage, response: http.ServerResponse) => void} handler
 * @returns {http.Server}
 */
export function createPeerAddressServer(handler) {
  ;/** @type {Record<symbol, unknown>} */ (globalThis)[PEER_ADDRESS_SERVER] = true
  return http.createServer((request, response) => {
    request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? ''
    handler(request, response)
  })
}
