/** Re-issue the cookie at most this often: enough precision for a 30-minute idle limit. */
export const SLIDE_EVERY_SECONDS = 30

/**
 * Whether this request counts as activity that moves a live session's idle
 * clock on (re-issuing the cookie). The idle warning's status poll does not,
 * or an open tab would never time out; nor do next-auth's own calls.
 */
export function movesIdleClock({ pathname, method, lastSeen, now }: { pathname: string; method: string; lastSeen: number; now: number }): boolean {
  const isStatusPoll = pathname === '/api/session' && method === 'GET'
  if (isStatusPoll || pathname.startsWith('/api/auth')) return false
  return now - lastSeen >= SLIDE_EVERY_SECONDS
}
