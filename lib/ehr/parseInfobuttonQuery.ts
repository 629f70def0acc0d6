import { normalizeIcd10Code } from '@/lib/topics/normalizeIcd10Code'

/** HL7 code system OIDs MedlinePlus Connect accepts for problems (https://medlineplus.gov/medlineplus-connect/technical-information/). */
export const ICD10CM_OID = '2.16.840.1.113883.6.90'
export const SNOMEDCT_OID = '2.16.840.1.113883.6.96'

export type InfobuttonCodeSystem = 'icd10cm' | 'snomedct'
export type InfobuttonResponseType = 'atom' | 'json'

export interface InfobuttonQuery {
  /** Null when the code system is one Careleaf does not code topics in: the answer is an empty feed. */
  code: { system: InfobuttonCodeSystem; code: string } | null
  /** The code system OID as sent, echoed in the feed. */
  codeSystemOid: string | null
  /** A code was sent in a system topics are not coded in: answered with an empty feed, not a word search. */
  unknownCodeSystem: boolean
  displayName: string | null
  recipient: 'PAT' | 'PROV'
  language: 'en' | 'es'
  responseType: InfobuttonResponseType
}

export class InfobuttonQueryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InfobuttonQueryError'
  }
}

/**
 * The only `patientPerson.*` parameters the Infobutton standard's context
 * carries that say nothing about who the patient is (HL7 URL-based
 * implementation guide: age and administrative gender). Anything else under
 * `patientPerson` is refused, so an EHR that sends more learns at once.
 */
const ALLOWED_PATIENT_PARAMETERS = new Set(['patientPerson.age.v.v', 'patientPerson.age.v.u', 'patientPerson.administrativeGenderCode.c'])

const MAX_DISPLAY_NAME = 200
const SNOMEDCT_ID = /^[0-9]{6,18}$/
const ICD10CM_CODE = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/

function first(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)
  return value === null || value.trim() === '' ? null : value.trim()
}

/**
 * Reads an HL7 Context-Aware Knowledge Retrieval (Infobutton) URL query as
 * MedlinePlus Connect accepts it. Errors never repeat a parameter's value: a
 * refused value may be patient data, and error messages end up in logs.
 */
export function parseInfobuttonQuery(params: URLSearchParams): InfobuttonQuery {
  // JSONP would execute our answer as script in the EHR's page; MedlinePlus Connect offers it, Careleaf does not (CORS instead).
  if (params.has('callback')) throw new InfobuttonQueryError('JSONP (callback) is not supported: call with CORS from an allowed origin, or from your server.')
  for (const name of params.keys()) {
    if (name.startsWith('patientPerson.') && !ALLOWED_PATIENT_PARAMETERS.has(name)) {
      throw new InfobuttonQueryError(
        'Only the patient’s age and gender may be sent (patientPerson.age.v.v, patientPerson.age.v.u, patientPerson.administrativeGenderCode.c).',
      )
    }
  }

  const codeSystemOid = first(params, 'mainSearchCriteria.v.cs')
  const rawCode = first(params, 'mainSearchCriteria.v.c')
  const displayName =
    first(params, 'mainSearchCriteria.v.dn')
      ?.slice(0, MAX_DISPLAY_NAME)
      .replace(/\u0000/g, '') ?? null
  if (!rawCode && !displayName) throw new InfobuttonQueryError('Send mainSearchCriteria.v.c (with mainSearchCriteria.v.cs) or mainSearchCriteria.v.dn.')

  let code: InfobuttonQuery['code'] = null
  if (rawCode) {
    if (codeSystemOid === ICD10CM_OID || codeSystemOid === null) {
      // ICD-10-CM is MedlinePlus Connect's default system too; EHRs send codes with and without the dot.
      const normalised = normalizeIcd10Code(rawCode.replace(/\s+/g, ''))
      if (!ICD10CM_CODE.test(normalised)) throw new InfobuttonQueryError('mainSearchCriteria.v.c is not an ICD-10-CM code.')
      code = { system: 'icd10cm', code: normalised }
    } else if (codeSystemOid === SNOMEDCT_OID) {
      if (!SNOMEDCT_ID.test(rawCode)) throw new InfobuttonQueryError('mainSearchCriteria.v.c is not a SNOMED CT concept id.')
      code = { system: 'snomedct', code: rawCode }
    }
  }

  const recipientValue = first(params, 'informationRecipient') ?? 'PAT'
  if (recipientValue !== 'PAT' && recipientValue !== 'PROV') throw new InfobuttonQueryError('informationRecipient must be PAT or PROV.')
  const languageValue = (first(params, 'informationRecipient.languageCode.c') ?? 'en').toLowerCase()
  // `es-US`, `spa` and the like are asked for by some EHRs; anything else is refused rather than answered in the wrong language.
  const language = /^(es|spa)(-|$)/.test(languageValue) ? 'es' : /^(en|eng)(-|$)/.test(languageValue) ? 'en' : null
  if (!language) throw new InfobuttonQueryError('informationRecipient.languageCode.c must be en or es.')
  const typeValue = first(params, 'knowledgeResponseType') ?? 'text/xml'
  const responseType = typeValue === 'application/json' ? 'json' : typeValue === 'text/xml' || typeValue === 'application/atom+xml' ? 'atom' : null
  if (!responseType) throw new InfobuttonQueryError('knowledgeResponseType must be text/xml or application/json.')

  return { code, codeSystemOid, unknownCodeSystem: rawCode !== null && code === null, displayName, recipient: recipientValue, language, responseType }
}
