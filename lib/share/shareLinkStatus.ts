export type ShareLinkStatus = 'active' | 'expired' | 'revoked'

export function shareLinkStatus(link: { expiresAt: string; revokedAt?: string | null }, now: Date): ShareLinkStatus {
  if (link.revokedAt) return 'revoked'
  return new Date(link.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active'
}
