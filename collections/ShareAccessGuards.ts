import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * Wrong-answer history per share link, so the lockout (5 wrong answers in 15
 * minutes locks the link for 15 minutes) holds across app instances. Written
 * only by `lib/share/attemptShareAccess` inside a row lock; no API access.
 */
export const ShareAccessGuards: CollectionConfig = {
  slug: 'share-access-guards',
  labels: { singular: 'Share access guard', plural: 'Share access guards' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'link', type: 'relationship', relationTo: 'share-links', required: true, unique: true, index: true },
    /** ISO timestamps of recent wrong answers (at most the lockout threshold). */
    { name: 'recentFailures', type: 'json', required: true, defaultValue: [] },
    { name: 'lockedUntil', type: 'date' },
    /** How many 15-minute lockouts this link has had; after the limit it is blocked for good (`share-links.blockedAt`). */
    { name: 'lockouts', type: 'number', required: true, defaultValue: 0 },
  ],
}
