/**
 * Patient-link tokens out of the server's own log lines. A token is a
 * patient's key to their handout, yet Next.js names a request's path in some
 * of its warnings (an oversized body: "Request body exceeded 11MB for
 * /p/<token>"), which our code cannot word differently. Every string the
 * process writes through `console` has `/p/<token>` cut to `/p/[token]`.
 * Plain JavaScript: scripts/next-server.mjs runs without a TypeScript loader.
 */
const PATIENT_LINK_TOKEN = /(\/p\/)[A-Za-z0-9_-]{16,}/g

/** @param {string} text */
export function redactPatientLinkTokens(text) {
  return text.replace(PATIENT_LINK_TOKEN, '$1[token]')
}

/** @param {Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>} target */
export function redactPatientLinkTokensInConsole(target = console) {
  for (const method of /** @type {const} */ (['log', 'info', 'warn', 'error', 'debug'])) {
    const original = target[method].bind(target)
    target[method] = (...args) =>
      original(...args.map((arg) => (typeof arg === 'string' ? redactPatientLinkTokens(arg) : arg instanceof Error ? redactedError(arg) : arg)))
  }
}

/** @param {Error} error */
function redactedError(error) {
  const copy = new Error(redactPatientLinkTokens(error.message))
  copy.name = error.name
  copy.stack = error.stack ? redactPatientLinkTokens(error.stack) : undefined
  return copy
}
