import { describe, expect, it } from 'vitest'

import { DEFAULT_PATIENT_ID_SYSTEM, fhirPushConfig, patientIdSystem } from './fhirConfig'

describe('fhirPushConfig', () => {
  it('is off without a base URL, and keeps the token out of the URL', () => {
    expect(fhirPushConfig({})).toBeNull()
    expect(fhirPushConfig({ CARELEAF_FHIR_BASE_URL: '  ' })).toBeNull()
    expect(fhirPushConfig({ CARELEAF_FHIR_BASE_URL: 'https://ehr.example/fhir/r4/', CARELEAF_FHIR_BEARER_TOKEN: 'abc' })).toEqual({
      baseUrl: 'https://ehr.example/fhir/r4',
      bearerToken: 'abc',
    })
    expect(fhirPushConfig({ CARELEAF_FHIR_BASE_URL: 'http://127.0.0.1:8080/fhir' })).toEqual({ baseUrl: 'http://127.0.0.1:8080/fhir', bearerToken: null })
  })

  it('refuses what is not an http(s) URL, in one sentence naming the variable', () => {
    expect(() => fhirPushConfig({ CARELEAF_FHIR_BASE_URL: 'ehr.example/fhir' })).toThrow(/CARELEAF_FHIR_BASE_URL/)
    expect(() => fhirPushConfig({ CARELEAF_FHIR_BASE_URL: 'ftp://ehr.example/fhir' })).toThrow(/http\(s\)/)
  })
})

describe('patientIdSystem', () => {
  it('is the clinic’s system when set, else a Careleaf URN', () => {
    expect(patientIdSystem({})).toBe(DEFAULT_PATIENT_ID_SYSTEM)
    expect(patientIdSystem({ CARELEAF_FHIR_PATIENT_ID_SYSTEM: 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14' })).toBe(
      'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14',
    )
  })
})
