/**
 * What may reach a log line. Two rules, applied wherever the server logs:
 *
 * - Control characters are escaped, so input cannot start a forged line
 *   (`\n`), hide text (`\r`, ANSI escapes) or truncate a line (NUL): CWE-117.
 * - A failed database query is logged without its parameters: drizzle's
 *   `DrizzleQueryError` puts them in its message ("Failed query: … params: …")
 *   and PostgreSQL's `detail` quotes the offending value ("Key (email)=(…)"),
 *   and those are patient names, instructions, emails.
 */

// C0 controls, DEL and C1 controls, plus the Unicode line and paragraph separators.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => {
    if (character === '\n') return '\\n'
    if (character === '\r') return '\\r'
    if (character === '\t') return '\\t'
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/** drizzle-orm's DrizzleQueryError: `Failed query: <sql>\nparams: <values>`; the values go, the SQL (placeholders only) stays. */
const QUERY_PARAMS = /(\bparams:)[\s\S]*$/

export function redactQueryParameters(message: string): string {
  return message.replace(QUERY_PARAMS, '$1 [redacted]')
}

/** One log-safe line from any text: parameters redacted, controls escaped. */
export function logSafeText(text: string): string {
  return escapeControlCharacters(redactQueryParameters(text))
}

export interface LogSafeError {
  type: string
  message: string
  stack?: string
  code?: string
  cause?: LogSafeError
}

/** A stack's frames ("    at fn (file:line:col)") are code locations; everything above them is the message again. */
function stackFrames(stack: string): string[] {
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => escapeControlCharacters(line))
}

/**
 * An error as it may be logged: type, redacted and escaped message, the stack
 * rebuilt from that message and the frames, a short code, and the cause
 * likewise. Every other property (drizzle's `params`, PostgreSQL's `detail`,
 * `where`, Payload's `data`) is left out, as any of them may hold input.
 */
export function logSafeError(error: unknown, depth = 0): LogSafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: logSafeText(String(error)) }
  const type = escapeControlCharacters(error.name || 'Error')
  const message = logSafeText(error.message)
  const safe: LogSafeError = { type, message }
  if (typeof error.stack === 'string') safe.stack = [`${type}: ${message}`, ...stackFrames(error.stack)].join('\n')
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(code)) safe.code = code
  if (error.cause !== undefined && depth < 3) safe.cause = logSafeError(error.cause, depth + 1)
  return safe
}
