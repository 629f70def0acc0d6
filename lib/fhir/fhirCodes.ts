/**
 * The codes the education record uses, in one place so the EHR team can map them.
 */

/**
 * LOINC 34895-3 "Education note": a code of the LOINC Document Ontology (Kind of document: Note, Type of service:
 * Education; scale Doc), so it is in the US Core DocumentReference type value set (LOINC codes with scale DOC) that
 * EHRs file documents under; France's national document types list patient information sheets under it. 69730-0
 * "Instructions" was the other candidate, but it is the C-CDA Instructions *section* code, not a document type.
 */
export const EDUCATION_DOCUMENT_TYPE = { system: 'http://loinc.org', code: '34895-3', display: 'Education note' } as const

/** FHIR R4 CommunicationCategory: "instruction", a communication that gives instructions. */
export const INSTRUCTION_CATEGORY = {
  system: 'http://terminology.hl7.org/CodeSystem/communication-category',
  code: 'instruction',
  display: 'Instruction',
} as const

/**
 * LOINC 86907-3 "Provider's perception of patient comprehension of discussion" (CLIN, Find, Pt, ^Patient, Nom): what
 * a teach-back in the room records, the clinician's judgement of what the patient understood.
 */
export const TEACH_BACK_OBSERVATION_CODE = {
  system: 'http://loinc.org',
  code: '86907-3',
  display: "Provider's perception of patient comprehension of discussion",
} as const

/**
 * Careleaf's own teach-back outcomes: no standard answer list says "explained it back" / "showed me". A URN, because
 * Careleaf publishes no code system at a web address; the display carries the meaning for a reader.
 */
export const TEACH_BACK_OUTCOME_SYSTEM = 'urn:careleaf:teach-back-outcome'

export const TEACH_BACK_OUTCOMES = {
  explained: 'Explained it back in their own words',
  showed: 'Showed me (show-me)',
  'needs-review': 'Needs review',
} as const

export type TeachBackOutcome = keyof typeof TEACH_BACK_OUTCOMES

/** The identifier system for resource ids made from a UUID (RFC 3986 URIs, as FHIR advises for urn:uuid). */
export const URI_IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986'
