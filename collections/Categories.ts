import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isContentEditor } from '@/access/isContentEditor'
import { slugField } from '@/fields/slugField'

/** Body regions and specialties, for filtering the library. */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Category', plural: 'Categories' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'slug'] },
  access: {
    read: anyone,
    create: isContentEditor,
    update: isContentEditor,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'bodyRegion',
      options: [
        { label: 'Body region', value: 'bodyRegion' },
        { label: 'Specialty', value: 'specialty' },
      ],
    },
  ],
}
