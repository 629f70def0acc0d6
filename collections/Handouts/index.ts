import type { CollectionConfig } from 'payload'

import { isClinician } from '@/access/isClinician'
import { nobody } from '@/access/nobody'
import { ownedByUserOrAdmin } from '@/access/ownedByUserOrAdmin'

import { assignOwningClinician } from './hooks/assignOwningClinician'
import { recordHandoutCreated } from './hooks/recordHandoutCreated'

/**
 * A handout made for one patient. It holds PHI (the patient's name and
 * instructions), so only its clinician and admins can see it.
 */
export const Handouts: CollectionConfig = {
  slug: 'handouts',
  labels: { singular: 'Handout', plural: 'Handouts' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'clinician', 'createdAt'],
    description: 'Patient handouts. Created from the clinician workspace, not here.',
  },
  access: {
    read: ownedByUserOrAdmin('clinician'),
    create: isClinician,
    update: ownedByUserOrAdmin('clinician'),
    delete: nobody,
  },
  hooks: {
    beforeChange: [assignOwningClinician],
    afterChange: [recordHandoutCreated],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'patientName', type: 'text', required: true, maxLength: 200 },
    {
      name: 'clinician',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      admin: { readOnly: true, description: 'Set from the signed-in user.' },
    },
    { name: 'instructions', type: 'textarea', maxLength: 5000 },
    {
      name: 'sections',
      type: 'array',
      required: true,
      minRows: 1,
      admin: { readOnly: true, description: 'Copied from the topics when the handout was made.' },
      fields: [
        { name: 'topic', type: 'relationship', relationTo: 'topics', required: true },
        { name: 'topicTitle', type: 'text', required: true },
        { name: 'sectionId', type: 'text', required: true },
        { name: 'heading', type: 'text', required: true },
        // Empty on handouts made before blocks existed: those are text sections.
        { name: 'blockType', type: 'text' },
        { name: 'body', type: 'json', required: true },
      ],
    },
  ],
}
