import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * Request counters for `/p/*`, one row per client per minute, shared by all
 * app instances. The client address is kept only as an HMAC keyed with
 * PAYLOAD_SECRET; rows are deleted once `expiresAt` has passed.
 */
export const ShareRateLimits: CollectionConfig = {
  slug: 'share-rate-limits',
  labels: { singular: 'Share rate limit', plural: 'Share rate limits' },
  admin: { hidden: true },
  // Never edited in the admin, and its table is UNLOGGED (see the migration), which a logged table's foreign key
  // (payload_locked_documents_rels) may not reference.
  lockDocuments: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'bucket', type: 'text', required: true, unique: true, index: true },
    { name: 'hits', type: 'number', required: true, defaultValue: 0 },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
