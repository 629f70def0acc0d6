/**
 * What the health endpoints answer: 200 or 503 and one word, never cached.
 * Nothing else (no versions, no error text): they are public, for load
 * balancers and orchestrators.
 */
export function healthResponse(healthy: boolean): Response {
  return Response.json({ status: healthy ? 'ok' : 'unavailable' }, { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}
