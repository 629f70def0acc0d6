import type { ShareAccessCheck } from '@/lib/share/accessCheck'

export const CHECK_LABELS: Record<ShareAccessCheck, string> = { none: 'None', 'birth-year': 'Year of birth', 'access-code': 'Access code' }

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { dateStyle: 'medium' })
}
