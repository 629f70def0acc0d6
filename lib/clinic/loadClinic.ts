import type { Payload } from 'payload'

import { readCachedClinic } from '@/lib/clinic/cachedClinic'
import { type ClinicLogo, toClinicLogo } from '@/lib/clinic/clinicLogo'
import { rememberClinicContact } from '@/lib/clinic/lastKnownClinic'
import type { PatientIdentifierKind } from '@/lib/clinic/patientIdentifier'
import { type PageSizeOption, resolveAccentColor, resolvePageSize } from '@/lib/handouts/handoutOptions'

export interface ClinicBranding {
  name: string
  phone: string | null
  address: string | null
  accentColor: string
  defaultPageSize: PageSizeOption
  logo: ClinicLogo | null
  /** What the builder asks for beside the patient's name; never printed or shown to the patient. */
  patientIdentifier: PatientIdentifierKind
}

/**
 * The clinic's public details (readable by anyone), with defaults filled in.
 * Read through the per-process cache (logo media included; see cachedClinic.ts):
 * every workspace page, PDF and patient page needs them.
 */
export async function loadClinic(payload: Payload): Promise<ClinicBranding> {
  const clinic = await readCachedClinic(payload)
  const phone = clinic.phone?.trim() || null
  rememberClinicContact({ name: clinic.name, phone })
  return {
    name: clinic.name,
    phone,
    address: clinic.address?.trim() || null,
    accentColor: resolveAccentColor(clinic.accentColor),
    defaultPageSize: resolvePageSize(null, clinic.defaultPageSize),
    logo: toClinicLogo(clinic.logo),
    patientIdentifier: clinic.patientIdentifier ?? 'none',
  }
}
