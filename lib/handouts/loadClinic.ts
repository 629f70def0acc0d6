import type { Payload } from 'payload'

import { type ClinicLogo, toClinicLogo } from '@/lib/clinic/clinicLogo'

import { type PageSizeOption, resolveAccentColor, resolvePageSize } from './handoutOptions'

export interface ClinicBranding {
  name: string
  phone: string | null
  address: string | null
  accentColor: string
  defaultPageSize: PageSizeOption
  logo: ClinicLogo | null
}

/** The clinic's public details (readable by anyone), with defaults filled in. */
export async function loadClinic(payload: Payload): Promise<ClinicBranding> {
  // Depth 1 resolves the logo's media document (one more query, only when a logo is set).
  const clinic = await payload.findGlobal({ slug: 'clinic', depth: 1, overrideAccess: true })
  return {
    name: clinic.name,
    phone: clinic.phone?.trim() || null,
    address: clinic.address?.trim() || null,
    accentColor: resolveAccentColor(clinic.accentColor),
    defaultPageSize: resolvePageSize(null, clinic.defaultPageSize),
    logo: toClinicLogo(clinic.logo),
  }
}
