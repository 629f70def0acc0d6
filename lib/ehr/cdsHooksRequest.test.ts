import { describe, expect, it } from 'vitest'

import { CdsHooksRequestError, readCdsHooksCall } from './cdsHooksRequest'

const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm'
const SNOMED = 'http://snomed.info/sct'

function condition(codings: Array<{ system: string; code: string }>, clinicalStatus = 'active', verificationStatus?: string) {
  return {
    resource: {
      resourceType: 'Condition',
      subject: { reference: 'Patient/p1' },
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: clinicalStatus }] },
      ...(verificationStatus ? { verificationStatus: { coding: [{ code: verificationStatus }] } } : {}),
      code: { coding: codings },
    },
  }
}

function call(prefetch: unknown, extra: Record<string, unknown> = {}) {
  return {
    hook: 'patient-view',
    hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
    context: { userId: 'Practitioner/1', patientId: 'p1' },
    prefetch,
    ...extra,
  }
}

describe('readCdsHooksCall', () => {
  it('reads the active problems’ ICD-10-CM and SNOMED CT codes, normalised, each once, skipping other systems', () => {
    const read = readCdsHooksCall(
      call({
        conditions: {
          resourceType: 'Bundle',
          type: 'searchset',
          entry: [
            condition([
              { system: ICD10CM, code: 'm5461' },
              { system: SNOMED, code: '161891005' },
            ]),
            condition([{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'J45' }]),
            condition([{ system: ICD10CM, code: 'M54.61' }]),
            { resource: { resourceType: 'OperationOutcome', issue: [] } },
          ],
        },
      }),
    )
    expect(read.hasConditions).toBe(true)
    expect(read.conditionCodes).toEqual([
      { system: 'icd10cm', code: 'M54.61' },
      { system: 'snomedct', code: '161891005' },
    ])
  })

  it('leaves out resolved, refuted and entered-in-error problems', () => {
    const read = readCdsHooksCall(
      call({
        conditions: {
          resourceType: 'Bundle',
          entry: [
            condition([{ system: ICD10CM, code: 'J45.909' }], 'resolved'),
            condition([{ system: ICD10CM, code: 'E11.9' }], 'active', 'entered-in-error'),
            condition([{ system: ICD10CM, code: 'I10' }], 'relapse'),
          ],
        },
      }),
    )
    expect(read.conditionCodes).toEqual([{ system: 'icd10cm', code: 'I10' }])
  })

  it('takes the patient’s preferred language, English when Careleaf does not write it or nothing is said', () => {
    const patient = (communication: unknown) => call({ patient: { resourceType: 'Patient', id: 'p1', communication } })
    const language = (code: string, preferred?: boolean) => ({ language: { coding: [{ system: 'urn:ietf:bcp:47', code }] }, preferred })
    expect(readCdsHooksCall(patient([language('en'), language('es-MX', true)])).language).toBe('es')
    expect(readCdsHooksCall(patient([language('es')])).language).toBe('es')
    expect(readCdsHooksCall(patient([language('es'), language('vi', true)])).language).toBe('en')
    expect(readCdsHooksCall(call(undefined)).language).toBe('en')
  })

  it('says there is nothing to read without prefetched conditions (null or absent)', () => {
    expect(readCdsHooksCall(call(undefined))).toMatchObject({ hasConditions: false, conditionCodes: [] })
    expect(readCdsHooksCall(call({ conditions: null, patient: null }))).toMatchObject({ hasConditions: false, conditionCodes: [] })
  })

  it('refuses what it cannot read, naming the field', () => {
    const refusal = (body: unknown) => {
      try {
        readCdsHooksCall(body)
      } catch (error) {
        expect(error).toBeInstanceOf(CdsHooksRequestError)
        return (error as Error).message
      }
      throw new Error('accepted')
    }
    expect(refusal('not an object')).toMatch(/^The request: /)
    expect(refusal(call(undefined, { hook: 'order-select' }))).toMatch(/^hook: this service answers "patient-view"/)
    expect(refusal(call(undefined, { hookInstance: undefined }))).toBe('hookInstance: is required')
    expect(refusal(call(undefined, { context: {} }))).toBe('context.patientId: is required')
    expect(refusal(call({ conditions: { resourceType: 'Condition' } }))).toMatch(/^prefetch\.conditions\.resourceType: must be a FHIR Bundle/)
    expect(refusal(call({ conditions: { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Condition', code: { coding: 'M54.6' } } }] } }))).toMatch(
      /^prefetch\.conditions\.entry\[0\]\.resource\.code\.coding: /,
    )
    expect(refusal(call({ patient: { resourceType: 'Patient', id: 'someone-else' } }))).toBe('prefetch.patient: is not the patient named by context.patientId.')
  })
})
