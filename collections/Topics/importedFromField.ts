import type { GroupField } from 'payload'

import { setByServerCode } from '@/access/setByServerCode'
import { IMPORT_ATTENTION, IMPORT_CONTEXT, IMPORT_PUBLISHERS } from '@/lib/import/importProvenance'

const importOnly = { create: setByServerCode(IMPORT_CONTEXT), update: setByServerCode(IMPORT_CONTEXT) }

/**
 * Provenance of a topic imported from a publisher's file (lib/import): who
 * published it, under which id, from which file date, and what the last
 * import changed or held back. Empty for topics written here.
 */
export const importedFromField: GroupField = {
  name: 'importedFrom',
  label: 'Imported from',
  type: 'group',
  // A record about the topic, not patient text: never sent to translators.
  custom: { translatable: false },
  admin: { description: 'Set by the import for topics that came from a publisher’s file; a reviewer publishes them as any topic.' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'publisher', type: 'select', options: [...IMPORT_PUBLISHERS], access: importOnly, admin: { readOnly: true, width: '40%' } },
        { name: 'sourceId', label: 'Publisher’s id', type: 'text', index: true, access: importOnly, admin: { readOnly: true, width: '20%' } },
        {
          name: 'fileDate',
          label: 'File date',
          type: 'date',
          access: importOnly,
          admin: { readOnly: true, width: '20%', date: { pickerAppearance: 'dayOnly' } },
        },
        { name: 'importedAt', label: 'Last imported', type: 'date', access: importOnly, admin: { readOnly: true, width: '20%' } },
      ],
    },
    { name: 'sourceUrl', label: 'Source page', type: 'text', access: importOnly, admin: { readOnly: true } },
    {
      name: 'originReview',
      label: 'Reviewed at the origin',
      type: 'text',
      access: importOnly,
      admin: {
        readOnly: true,
        description: 'Who signed the topic off where it came from (a content pack): a record of its origin, not this clinic’s review.',
      },
    },
    {
      name: 'attention',
      label: 'Needs attention',
      type: 'select',
      index: true,
      options: [...IMPORT_ATTENTION],
      access: importOnly,
      admin: { readOnly: true },
    },
    {
      name: 'changeNote',
      label: 'What the last import changed',
      type: 'textarea',
      // Each language's text is imported, and changes, on its own.
      localized: true,
      access: importOnly,
      admin: { readOnly: true },
    },
    {
      name: 'record',
      type: 'json',
      access: importOnly,
      admin: {
        hidden: true,
        description: 'Hashes of the imported text per language (what the source gave, what was written) and the imported section’s id.',
      },
    },
  ],
}
