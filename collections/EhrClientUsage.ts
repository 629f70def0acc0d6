import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

/**
 * How many calls each EHR client made per day: the audit of EHR lookups,
 * as counts only (a call carries problem codes, never who the patient is).
 * Written by lib/ehr only; admins read it.
 */
export const EhrClientUsage: CollectionConfig = {
  slug: 'ehr-client-usage',
  labels: { singular: 'EHR client usage', plural: 'EHR client usage' },
  admin: { group: 'Settings', defaultColumns: ['client', 'day', 'infobuttonCalls', 'cdsHooksCalls'] },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['client', 'day'], unique: true }],
  fields: [
    { name: 'client', type: 'relationship', relationTo: 'ehr-clients', required: true, index: true },
    /** `YYYY-MM-DD`, UTC. */
    { name: 'day', type: 'text', required: true, index: true },
    { name: 'infobuttonCalls', type: 'number', required: true, defaultValue: 0 },
    { name: 'cdsHooksCalls', type: 'number', required: true, defaultValue: 0 },
  ],
}
