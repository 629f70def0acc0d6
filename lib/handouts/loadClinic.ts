import type { Payload } from 'payload'

import { type PageSizeOption, resolveAccentColor, resolvePageSize } from './handoutOptions'

export interface ClinicBranding {
  name: string
  phone: string | null
  address: string | null
  accentColor: string
  defaultPageSize: PageSizeOption
}

/** The clinic's public details (readable by anyone), with defaults filled in. */
export async function loadClinic(payload: Payload): Promise<ClinicBranding> {
  const clinic = await payload.findGlobal({ slug: 'clinic', depth: 0, overrideAccess: true })
  return {
    name: clinic.name,
    phone: clinic.phone?.trim() || null,
    address: clinic.address?.trim() || null,
    accentColor: resolveAccentColor(clinic.accentColor),
    defaultPageSize: resolvePageSize(null, clinic.defaultPageSize),
  }
}
