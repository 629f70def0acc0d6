import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'

/** The clinic's public identity, printed on every handout. */
export const Clinic: GlobalConfig = {
  slug: 'clinic',
  label: 'Clinic',
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: 'Careleaf Demo Clinic' },
    { name: 'phone', type: 'text', admin: { description: 'Shown to patients as the number to call with questions.' } },
    { name: 'address', type: 'textarea' },
  ],
}
