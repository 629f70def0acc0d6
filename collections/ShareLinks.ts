import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { ownedByUserOrAdmin } from '@/access/ownedByUserOrAdmin'

/**
 * Links that let a patient read one handout without an account. Only the
 * SHA-256 of the token is stored: a database leak reveals no working link.
 * Links are made and resolved by `lib/share`, never through the REST API.
 */
export const ShareLinks: CollectionConfig = {
  slug: 'share-links',
  labels: { singular: 'Share link', plural: 'Share links' },
  admin: {
    useAsTitle: 'tokenId',
    defaultColumns: ['tokenId', 'handout', 'expiresAt', 'revokedAt', 'createdAt'],
  },
  access: {
    read: ownedByUserOrAdmin('createdBy'),
    create: nobody,
    update: ownedByUserOrAdmin('createdBy'),
    delete: nobody,
  },
  fields: [
    { name: 'handout', type: 'relationship', relationTo: 'handouts', required: true, index: true },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      // Not even admins need to read it back; lookups happen server-side by hash.
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'tokenId',
      type: 'text',
      required: true,
      admin: { readOnly: true, description: 'A short, non-secret id for logs and support.' },
    },
    { name: 'expiresAt', type: 'date', required: true },
    { name: 'revokedAt', type: 'date' },
  ],
}
