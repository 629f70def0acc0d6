import { Forbidden, NotFound, type Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'

import { newEhrClientKey } from './ehrClientKey'

/**
 * Gives an EHR client a new Infobutton API key, replacing any earlier one
 * (rotation: the old key stops working at once). Returns the key, which is
 * never stored or shown again; the audit event names the client and key id only.
 */
export async function generateEhrClientKey({
  payload,
  user,
  clientId,
  now = new Date(),
}: {
  payload: Payload
  user: PortalUser | null
  clientId: number
  now?: Date
}): Promise<{ key: string; keyId: string; keyCreatedAt: string }> {
  if (!user || !hasRole(user, 'admin')) throw new Forbidden()
  // Read as the admin, so the collection's own access rule decides too.
  const client = await payload.findByID({ collection: 'ehr-clients', id: clientId, user, overrideAccess: false, depth: 0, disableErrors: true })
  if (!client) throw new NotFound()
  const { key, keyId, keyHash } = newEhrClientKey(payload.secret)
  const keyCreatedAt = now.toISOString()
  // Server-written fields (serverWrittenField): only this function sets them.
  await payload.update({ collection: 'ehr-clients', id: client.id, overrideAccess: true, data: { keyId, keyHash, keyCreatedAt } })
  await recordAuditEvent({ payload, action: 'ehr.key', actorId: user.id, target: { collection: 'ehr-clients', id: client.id }, detail: `key ${keyId}` })
  return { key, keyId, keyCreatedAt }
}
