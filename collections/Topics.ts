import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isContentEditor } from '@/access/isContentEditor'
import { publishedOrContentEditor } from '@/access/publishedOrContentEditor'
import { TextSection } from '@/blocks/TextSection/config'
import { slugField } from '@/fields/slugField'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: 'Topic', plural: 'Topics' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    description: 'Patient education topics. Clinicians only ever see the published version.',
  },
  access: {
    read: publishedOrContentEditor,
    create: isContentEditor,
    update: isContentEditor,
    delete: isAdmin,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      admin: { description: 'One or two plain-language sentences shown in the library.' },
    },
    {
      name: 'sections',
      type: 'blocks',
      required: true,
      minRows: 1,
      blocks: [TextSection],
      admin: { description: 'Each section must make sense on its own: clinicians pick sections for a handout.' },
    },
  ],
}
