import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { DEFAULT_ACCENT_COLOR, HEX_COLOR_PATTERN, PAGE_SIZES } from '@/lib/handouts/handoutOptions'

import { forgetCachedClinicAfterChange } from './hooks/forgetCachedClinicAfterChange'

/** The clinic's public identity, printed on every handout. */
export const Clinic: GlobalConfig = {
  slug: 'clinic',
  label: 'Clinic',
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [forgetCachedClinicAfterChange] },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: 'Careleaf Demo Clinic' },
    { name: 'phone', type: 'text', admin: { description: 'Shown to patients as the number to call with questions.' } },
    { name: 'address', type: 'textarea' },
    {
      name: 'accentColor',
      type: 'text',
      defaultValue: DEFAULT_ACCENT_COLOR,
      admin: { description: 'Six-digit hex colour such as #0b5450, used for headings on handouts. Pick a dark colour: text in it must stay readable.' },
      validate: (value: string | null | undefined) =>
        value == null || value === '' || HEX_COLOR_PATTERN.test(value) ? true : 'Use a six-digit hex colour such as #0b5450.',
    },
    {
      name: 'defaultPageSize',
      type: 'select',
      required: true,
      defaultValue: 'LETTER',
      options: PAGE_SIZES.map((size) => ({ label: size.label, value: size.value })),
      admin: { description: 'Paper size of handout PDFs unless the clinician picks another.' },
    },
  ],
}
