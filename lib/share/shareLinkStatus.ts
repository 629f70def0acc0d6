export type ShareLinkStatus = 'active' | 'expired' | 'revoked' | 'blocked'

/** `blocked`: closed after repeated lockouts (attemptShareAccess) until the clinician makes a new link. */
export function shareLinkStatus(link: { expiresAt: string; revokedAt?: string | null; blockedAt?: string | null }, now: Date): ShareLinkStatus {
  if (link.revokedAt) return 'revoked'
  if (link.blockedAt) return 'blocked'
  return new Date(link.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active'
}
