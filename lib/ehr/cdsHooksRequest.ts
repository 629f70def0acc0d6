import { z } from 'zod'

import { type CodeSystem, isValidCode } from '@/fields/codesField'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales'
import { normalizeIcd10Code } from '@/lib/topics/normalizeIcd10Code'

/** A problem code from the EHR, in the form topics store codes (see fields/codesField.ts). */
export interface ConditionCode {
  system: CodeSystem
  code: string
}

/** What the service reads of a `patient-view` call: codes and a language, never who the patient is. */
export interface CdsHooksCall {
  hookInstance: string
  /** False when the EHR sent no `prefetch.conditions`: the answer is then no cards (the service never fetches). */
  hasConditions: boolean
  conditionCodes: ConditionCode[]
  language: Locale
}

/** The request is not a `patient-view` call this service can read; the message says what to fix. */
export class CdsHooksRequestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CdsHooksRequestError'
  }
}

/** FHIR code systems for the code systems topics carry (HL7 FHIR R4 terminology, "Using codes"). */
const FHIR_CODE_SYSTEMS: Record<string, CodeSystem> = {
  'http://hl7.org/fhir/sid/icd-10-cm': 'icd10cm',
  'http://snomed.info/sct': 'snomedct',
}
const BCP47 = 'urn:ietf:bcp:47'
/** HL7 condition-clinical: recurrence and relapse are kinds of active. */
const ACTIVE_CLINICAL_STATUS = new Set(['active', 'recurrence', 'relapse'])
/** HL7 condition-ver-status: a problem recorded in error, or ruled out, is not the patient's. */
const NOT_THE_PATIENTS = new Set(['entered-in-error', 'refuted'])
/** A problem list is rarely longer; the cap bounds the query a call can make. */
const MAX_CONDITION_CODES = 200

const coding = z.object({ system: z.string().optional(), code: z.string().optional() })
const codeableConcept = z.object({ coding: z.array(coding).optional(), text: z.string().optional() })
const condition = z.object({
  resourceType: z.literal('Condition'),
  code: codeableConcept.optional(),
  clinicalStatus: codeableConcept.optional(),
  verificationStatus: codeableConcept.optional(),
})
/** A search Bundle: entries may also hold an OperationOutcome (search mode `outcome`), which is skipped. */
const conditionBundle = z.object({
  resourceType: z.literal('Bundle', { error: 'must be a FHIR Bundle (resourceType "Bundle")' }),
  entry: z.array(z.object({ resource: z.object({ resourceType: z.string() }).loose().optional() })).optional(),
})
const patient = z.object({
  resourceType: z.literal('Patient', { error: 'must be a FHIR Patient (resourceType "Patient")' }),
  id: z.string().optional(),
  communication: z.array(z.object({ language: codeableConcept, preferred: z.boolean().optional() })).optional(),
})
const hookRequest = z.object({
  hook: z.string({ error: 'is required' }),
  hookInstance: z.string({ error: 'is required' }).min(1, 'is required'),
  context: z.object({ patientId: z.string({ error: 'is required' }).min(1, 'is required'), userId: z.string().optional() }, { error: 'is required' }),
  // A prefetch key the EHR could not fill is sent as null (CDS Hooks 2.0 §Prefetch).
  prefetch: z.object({ conditions: conditionBundle.nullish(), patient: patient.nullish() }).nullish(),
})

function issueMessage(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'The request is not a CDS Hooks call.'
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')
  return `${path.replace(/^\./, '') || 'The request'}: ${issue.message}`
}

function codesOf(resource: z.infer<typeof condition>): ConditionCode[] {
  const codes: ConditionCode[] = []
  for (const { system, code } of resource.code?.coding ?? []) {
    const ours = system ? FHIR_CODE_SYSTEMS[system] : undefined
    if (!ours || !code) continue
    const normalised = ours === 'icd10cm' ? normalizeIcd10Code(code) : code.trim()
    // Another system's code or a typo cannot match a topic; it is skipped, not refused.
    if (isValidCode(ours, normalised)) codes.push({ system: ours, code: normalised })
  }
  return codes
}

function isActiveAndThePatients(resource: z.infer<typeof condition>): boolean {
  if ((resource.verificationStatus?.coding ?? []).some(({ code }) => code && NOT_THE_PATIENTS.has(code))) return false
  const statuses = (resource.clinicalStatus?.coding ?? []).flatMap(({ code }) => (code ? [code] : []))
  // Asked for with clinical-status=active; an EHR that ignores the filter still only gets its active problems read.
  return statuses.length === 0 || statuses.some((status) => ACTIVE_CLINICAL_STATUS.has(status))
}

/** The problem codes of the active Conditions in the prefetched Bundle, each once, in the Bundle's order. */
function conditionCodesOf(bundle: z.infer<typeof conditionBundle>): ConditionCode[] {
  const seen = new Set<string>()
  const codes: ConditionCode[] = []
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    if (entry.resource?.resourceType !== 'Condition') continue
    const parsed = condition.safeParse(entry.resource)
    if (!parsed.success) throw new CdsHooksRequestError(`prefetch.conditions.entry[${index}].resource.${issueMessage(parsed.error)}`)
    if (!isActiveAndThePatients(parsed.data)) continue
    for (const code of codesOf(parsed.data)) {
      const key = `${code.system}|${code.code}`
      if (seen.has(key) || codes.length >= MAX_CONDITION_CODES) continue
      seen.add(key)
      codes.push(code)
    }
  }
  return codes
}

/**
 * The language for the handout: the patient's preferred `communication`
 * (else the first listed) when Careleaf writes in it, else English. FHIR
 * codes it as BCP 47 ("es", "es-MX"); the primary language is what counts.
 */
function languageOf(resource: z.infer<typeof patient> | null | undefined): Locale {
  const communication = resource?.communication ?? []
  const chosen = communication.find((entry) => entry.preferred) ?? communication[0]
  const tag = chosen?.language.coding?.find(({ system, code }) => code && (system === undefined || system === BCP47))?.code
  const primary = tag?.split('-')[0]?.toLowerCase()
  return isLocale(primary) ? primary : DEFAULT_LOCALE
}

/**
 * Reads a `patient-view` call (CDS Hooks 2.0): the hook, its instance, and
 * from `prefetch` the active problems' ICD-10-CM and SNOMED CT codes and the
 * patient's language. Anything it cannot read is a CdsHooksRequestError that
 * names the field; unknown fields and other code systems are ignored.
 */
export function readCdsHooksCall(body: unknown): CdsHooksCall {
  const parsed = hookRequest.safeParse(body)
  if (!parsed.success) throw new CdsHooksRequestError(issueMessage(parsed.error))
  const { hook, hookInstance, context, prefetch } = parsed.data
  if (hook !== 'patient-view') throw new CdsHooksRequestError(`hook: this service answers "patient-view", not "${hook.slice(0, 50)}".`)
  // A Patient for someone else would give this patient another's language.
  if (prefetch?.patient?.id !== undefined && prefetch.patient.id !== context.patientId) {
    throw new CdsHooksRequestError('prefetch.patient: is not the patient named by context.patientId.')
  }
  return {
    hookInstance,
    hasConditions: Boolean(prefetch?.conditions),
    conditionCodes: prefetch?.conditions ? conditionCodesOf(prefetch.conditions) : [],
    language: languageOf(prefetch?.patient),
  }
}
