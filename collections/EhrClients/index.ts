import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { serverWrittenField } from '@/access/serverWrittenField'

import { generateKeyEndpoint } from './endpoints/generateKeyEndpoint'

const serverOnly = { create: serverWrittenField, update: serverWrittenField }

/**
 * An EHR allowed to ask Careleaf for patient education: by Infobutton
 * (`/api/infobutton`, with its API key) or by CDS Hooks (`/cds-services`,
 * with JWTs signed by its key). Admins register clients; the API key is
 * shown once when it is generated and only its hash is kept (lib/ehr).
 */
export const EhrClients: CollectionConfig = {
  slug: 'ehr-clients',
  labels: { singular: 'EHR client', plural: 'EHR clients' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'keyId', 'issuer', 'revokedAt', 'updatedAt'],
    description: 'Record systems that open Careleaf from a patient’s chart (Infobutton, CDS Hooks). See the README, “Connect your EHR”.',
    group: 'Settings',
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [generateKeyEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'keyId',
      label: 'API key id',
      type: 'text',
      index: true,
      access: serverOnly,
      admin: { readOnly: true, description: 'The public part of the Infobutton API key (the secret is shown once, when generated).' },
    },
    // No stored value: the button that generates or rotates the key and shows it once.
    { name: 'apiKey', type: 'ui', admin: { components: { Field: '/components/admin/EhrClientKeyField#EhrClientKeyField' } } },
    { name: 'keyHash', type: 'text', hidden: true, access: { read: () => false, ...serverOnly } },
    { name: 'keyCreatedAt', type: 'date', access: serverOnly, admin: { readOnly: true } },
    {
      name: 'allowedOrigins',
      type: 'text',
      hasMany: true,
      admin: {
        description: 'Origins a browser may call the Infobutton from (CORS), e.g. https://ehr.example.org. Leave empty for server-to-server calls only.',
      },
    },
    {
      name: 'issuer',
      label: 'CDS Hooks issuer (iss)',
      type: 'text',
      index: true,
      admin: { description: 'The `iss` of the JWTs the EHR signs its CDS Hooks calls with.' },
    },
    { name: 'jwksUrl', label: 'JWKS URL', type: 'text', admin: { description: 'Where the EHR publishes its public keys (https).' } },
    {
      name: 'publicKeys',
      label: 'Public keys (JWKS)',
      type: 'json',
      admin: { description: 'Or the EHR’s public keys themselves, as a JSON Web Key Set ({ "keys": [...] }), when it has no JWKS URL.' },
    },
    { name: 'rateLimitPerMinute', type: 'number', required: true, defaultValue: 120, min: 1, max: 10000 },
    { name: 'revokedAt', type: 'date', admin: { description: 'Set to stop this client at once.' } },
  ],
}
