import type { Payload } from 'payload'

import type { Clinic } from '@/payload-types'

/**
 * The clinic global changes a few times a year but is read on every patient
 * page, so each server process keeps it for a short while. An edit made
 * through this process is seen at once (the global's afterChange hook calls
 * `forgetCachedClinic`); other instances see it within CLINIC_CACHE_TTL_MS.
 */
export const CLINIC_CACHE_TTL_MS = 15_000

let cached: { clinic: Promise<Clinic>; expiresAt: number } | null = null

export function readCachedClinic(payload: Payload, now: number = Date.now()): Promise<Clinic> {
  if (cached && cached.expiresAt > now) return cached.clinic
  // Depth 1: the logo's media document comes with it, for the page header.
  const clinic = payload.findGlobal({ slug: 'clinic', depth: 1, overrideAccess: true })
  const entry = { clinic, expiresAt: now + CLINIC_CACHE_TTL_MS }
  cached = entry
  // A failed read must not be served from the cache for the next 15 seconds.
  clinic.catch(() => {
    if (cached === entry) cached = null
  })
  return clinic
}

export function forgetCachedClinic(): void {
  cached = null
}
