import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * "Send to EHR" requests and their fate, so a failed push is retried and shown
 * to the clinician, never lost silently. Written and read by lib/fhir only;
 * no API access for anyone.
 */
export const FhirDeliveries: CollectionConfig = {
  slug: 'fhir-deliveries',
  labels: { singular: 'EHR delivery', plural: 'EHR deliveries' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'handout', type: 'relationship', relationTo: 'handouts', required: true, index: true },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      options: [
        { label: 'Waiting to send', value: 'pending' },
        { label: 'Sent', value: 'sent' },
        { label: 'Failed, retrying', value: 'retrying' },
        { label: 'Failed', value: 'failed' },
      ],
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', index: true },
    /** What the EHR answered, without the bundle (it holds PHI): the status code and the server's own message, cut short. */
    { name: 'lastError', type: 'text', maxLength: 500 },
    { name: 'sentAt', type: 'date' },
  ],
}
