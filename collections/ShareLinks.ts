import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { ownedByUserOrAdmin } from '@/access/ownedByUserOrAdmin'
import { revokeOnceField } from '@/access/revokeOnceField'
import { serverWrittenField } from '@/access/serverWrittenField'
import { SHARE_ACCESS_CHECKS } from '@/lib/share/accessCheck'

/**
 * Written only by `lib/share` (what it points at, who made it, expiry,
 * tracking); the clinician may read but never set them. Without this the owner
 * could re-point a live patient link at another clinician's handout.
 */
const serverWritten = { update: serverWrittenField } as const

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
    defaultColumns: ['tokenId', 'handout', 'accessCheck', 'expiresAt', 'revokedAt', 'openCount', 'createdAt'],
  },
  access: {
    read: ownedByUserOrAdmin('createdBy'),
    create: nobody,
    update: ownedByUserOrAdmin('createdBy'),
    delete: nobody,
  },
  fields: [
    { name: 'handout', type: 'relationship', relationTo: 'handouts', required: true, index: true, access: serverWritten, admin: { readOnly: true } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', required: true, index: true, access: serverWritten, admin: { readOnly: true } },
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
      access: serverWritten,
      admin: { readOnly: true, description: 'A short, non-secret id for logs and support.' },
    },
    { name: 'expiresAt', type: 'date', required: true, access: serverWritten, admin: { readOnly: true } },
    {
      name: 'label',
      type: 'text',
      maxLength: 60,
      access: serverWritten,
      admin: { readOnly: true, description: 'Who the link is for ("daughter", "home care nurse"), so the clinician can tell links apart.' },
    },
    // The one change an owner (or admin) makes: revoking, once.
    { name: 'revokedAt', type: 'date', access: { update: revokeOnceField } },
    {
      name: 'accessCheck',
      type: 'select',
      required: true,
      defaultValue: 'none',
      options: SHARE_ACCESS_CHECKS.map((value) => ({ label: value, value })),
      access: serverWritten,
      admin: { readOnly: true, description: 'What the patient must enter before the handout shows.' },
    },
    {
      name: 'accessAnswerHash',
      type: 'text',
      // HMAC of the birth year or access code; the answer itself is never stored.
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    { name: 'openCount', type: 'number', required: true, defaultValue: 0, access: serverWritten, admin: { readOnly: true } },
    { name: 'pdfDownloadCount', type: 'number', required: true, defaultValue: 0, access: serverWritten, admin: { readOnly: true } },
    { name: 'firstOpenedAt', type: 'date', access: serverWritten, admin: { readOnly: true } },
    { name: 'lastOpenedAt', type: 'date', access: serverWritten, admin: { readOnly: true } },
    {
      name: 'blockedAt',
      type: 'date',
      access: serverWritten,
      admin: { readOnly: true, description: 'Set after repeated lockouts: the link stays closed until the clinician re-issues it.' },
    },
  ],
}
