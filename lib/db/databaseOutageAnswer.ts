import { DATABASE_UNAVAILABLE_MESSAGE } from './answerDatabaseUnavailable'
import { isDatabaseUnreachable } from './databaseReachability'

const RETRY_AFTER_SECONDS = '30'

/** No script, no style, no data: the one page the workspace can serve without its database. */
const STAFF_OUTAGE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Careleaf is briefly unavailable</title></head>
<body><main><h1>Careleaf is briefly unavailable</h1>
<p>It cannot reach its database just now (a restart or an outage). Nothing you saved is lost. Try again in a minute.</p></main></body></html>`

/**
 * The proxy's first question for staff pages and APIs: while this process's
 * database listener finds PostgreSQL unreachable (lib/db/databaseReachability.ts),
 * answer 503 at once instead of rendering a page that would fail on its first
 * query. Null otherwise, and always for patient links (their route answers its
 * own 503, with the clinic's phone) and the health endpoints (which must keep
 * telling an orchestrator the truth: live, not ready).
 */
export function databaseOutageAnswer(pathname: string): Response | null {
  if (!isDatabaseUnreachable()) return null
  if (pathname === '/p' || pathname.startsWith('/p/') || pathname.startsWith('/api/health/')) return null
  const headers = { 'Retry-After': RETRY_AFTER_SECONDS, 'Cache-Control': 'no-store' }
  if (pathname.startsWith('/api/')) return Response.json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] }, { status: 503, headers })
  return new Response(STAFF_OUTAGE_PAGE, {
    status: 503,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'" },
  })
}
