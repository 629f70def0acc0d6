/**
 * PostgreSQL SQLSTATEs that mean "the database cannot serve you now", not
 * "your request is wrong": class 08 (connection exceptions), the server
 * shutting down or starting up (57P01–57P03), too many connections (53300),
 * and a statement cancelled by our statement_timeout (57014).
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const UNAVAILABLE_SQLSTATES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300', '57014'])

/** Socket errors on the way to the server. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])

/** node-postgres says these in words, without a code. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /^Query read timeout/i,
  /cannot connect to Postgres/i,
]

const MAX_CAUSES = 5

/**
 * Whether an error (or what it wraps: Drizzle and Payload put the driver's
 * error in `cause`) says PostgreSQL is unreachable or refusing work for now.
 * Such a request deserves a 503 ("try again shortly"), not a 500.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth <= MAX_CAUSES && current; depth += 1) {
    if (typeof current !== 'object') return false
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true
    // AggregateError: a host name that resolves to several addresses, each refused.
    const { errors } = current as { errors?: unknown }
    if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => isDatabaseUnavailableError(inner))) return true
    current = cause
  }
  return false
}
