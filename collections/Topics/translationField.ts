import type { GroupField } from 'payload'

import { setByServerCode } from '@/access/setByServerCode'
import { TRANSLATION_CONTEXT, TRANSLATION_SOURCES, TRANSLATION_STATUSES } from '@/lib/translation/translationStatus'

const serverOnly = { create: setByServerCode(TRANSLATION_CONTEXT), update: setByServerCode(TRANSLATION_CONTEXT) }

/**
 * One language's translation record, kept per locale (the English one is the
 * source and stays "not started"). Status and stamps change only through the
 * translation workflow (lib/translation), each step audited.
 */
export const translationField: GroupField = {
  name: 'translation',
  type: 'group',
  localized: true,
  // A record about the translation, not patient text: never sent to translators.
  custom: { translatable: false },
  admin: {
    description: 'For a translation: where it stands and who made and reviewed it. Switch the language at the top of the page to see each one.',
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      defaultValue: 'not-started',
      options: [...TRANSLATION_STATUSES],
      access: serverOnly,
      admin: { readOnly: true, description: 'Only an approved translation reaches a patient.' },
    },
    {
      name: 'translatedBy',
      label: 'Translated by',
      type: 'select',
      options: [...TRANSLATION_SOURCES],
      admin: { description: 'A machine draft needs a reviewer’s side-by-side review before it can be approved, and stays labelled as one.' },
    },
    { name: 'translatorName', label: 'Translator or agency', type: 'text', maxLength: 200 },
    { name: 'provenance', type: 'textarea', maxLength: 1000, admin: { description: 'How this translation was made, for the record.' } },
    { name: 'sideBySideReviewedBy', type: 'relationship', relationTo: 'users', access: serverOnly, admin: { readOnly: true } },
    { name: 'sideBySideReviewedAt', type: 'date', access: serverOnly, admin: { readOnly: true } },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users', access: serverOnly, admin: { readOnly: true } },
    { name: 'approvedAt', type: 'date', access: serverOnly, admin: { readOnly: true } },
    {
      name: 'sourceFingerprints',
      type: 'json',
      access: serverOnly,
      admin: {
        hidden: true,
        description:
          'Per section, a hash of the English text the approved translation was made from: a section whose English changed since is not offered in this language.',
      },
    },
  ],
}
