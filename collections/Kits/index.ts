import type { CollectionConfig } from 'payload'

import { isClinician } from '@/access/isClinician'
import { ownedByUserOrAdmin } from '@/access/ownedByUserOrAdmin'
import { ownKitOrSharedWithClinic } from '@/access/ownKitOrSharedWithClinic'

import { assignKitOwner } from './hooks/assignKitOwner'

/**
 * A clinician's saved selection of topic sections, in order, to start
 * handouts from. No patient data: a kit is reusable across patients.
 */
export const Kits: CollectionConfig = {
  slug: 'kits',
  labels: { singular: 'Kit', plural: 'Kits' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'owner', 'sharedWithClinic', 'updatedAt'] },
  access: {
    read: ownKitOrSharedWithClinic,
    create: isClinician,
    update: ownedByUserOrAdmin('owner'),
    delete: ownedByUserOrAdmin('owner'),
  },
  hooks: { beforeChange: [assignKitOwner] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'sharedWithClinic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'Every clinician in the clinic can start handouts from it.' },
    },
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 100,
      fields: [
        { name: 'topic', type: 'relationship', relationTo: 'topics', required: true },
        { name: 'sectionId', type: 'text', required: true },
      ],
    },
  ],
}
