/** Where EHR patient ids come from when the clinic has not said: a URN that names Careleaf's field, not a real system. */
export const DEFAULT_PATIENT_ID_SYSTEM = 'urn:careleaf:ehr-patient-id'

/**
 * The identifier system of the EHR patient id the clinician types (the EHR's MRN system, e.g. `urn:oid:…` or an
 * https URL), from CARELEAF_FHIR_PATIENT_ID_SYSTEM.
 */
export function patientIdSystem(env: Record<string, string | undefined> = process.env): string {
  return env.CARELEAF_FHIR_PATIENT_ID_SYSTEM?.trim() || DEFAULT_PATIENT_ID_SYSTEM
}

export interface FhirPushConfig {
  /** The FHIR server's base URL, without a trailing slash: the transaction is POSTed here. */
  baseUrl: string
  bearerToken: string | null
}

/** The EHR to push to, or null when none is configured (then only the download is offered). */
export function fhirPushConfig(env: Record<string, string | undefined> = process.env): FhirPushConfig | null {
  const raw = env.CARELEAF_FHIR_BASE_URL?.trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error('CARELEAF_FHIR_BASE_URL is not a URL.')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('CARELEAF_FHIR_BASE_URL must be an http(s) URL.')
  return { baseUrl: url.toString().replace(/\/+$/, ''), bearerToken: env.CARELEAF_FHIR_BEARER_TOKEN?.trim() || null }
}
