import type { Payload } from 'payload'

import { readCachedClinic } from '@/lib/clinic/cachedClinic'

import { SHARE_ACCESS_CHECKS, type ShareAccessCheck } from './accessCheck'

/**
 * The patient check a new link starts with, as the clinic's admin chose
 * (default: an access code, so a link forwarded by mistake shows no name).
 */
export async function clinicDefaultAccessCheck(payload: Payload): Promise<ShareAccessCheck> {
  const { defaultAccessCheck } = await readCachedClinic(payload)
  return (SHARE_ACCESS_CHECKS as readonly string[]).includes(defaultAccessCheck ?? '') ? (defaultAccessCheck as ShareAccessCheck) : 'access-code'
}
