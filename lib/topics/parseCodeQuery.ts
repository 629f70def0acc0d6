import { normalizeIcd10Code } from './normalizeIcd10Code'

/** An ICD-10-CM category (letter, digit, character) and optionally a dot and up to 4 more: CDC/NCHS tabular list conventions. */
const ICD10CM_CODE_OR_CATEGORY = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/
/** SNOMED CT concept ids are 6-18 digits (SNOMED International, "SCTID" specification). */
const SNOMEDCT_ID = /^[0-9]{6,18}$/

export interface CodeQuery {
  /** Upper case, with the dot where ICD-10-CM has one: the form codesField stores. */
  code: string
  /**
   * ICD-10-CM is a hierarchy: "M54" is the category of "M54.6" and "M54.6" of
   * "M54.61", so a code also finds its children. A SNOMED CT id is opaque:
   * a prefix of one means nothing, so it matches only itself.
   */
  matchChildren: boolean
}

/**
 * The condition code a search box query spells, if it is one: "M54", "m54",
 * "M54." and "m546" read as ICD-10-CM codes (normalised), a 6-18 digit number
 * as a SNOMED CT id; anything else is null (a word search).
 */
export function parseCodeQuery(query: string): CodeQuery | null {
  const compact = query.trim().replace(/\s+/g, '')
  if (SNOMEDCT_ID.test(compact)) return { code: compact, matchChildren: false }
  // "M54." is a category typed with the dot of the code the clinician has in mind.
  const icd10 = normalizeIcd10Code(compact.replace(/\.$/, ''))
  if (ICD10CM_CODE_OR_CATEGORY.test(icd10)) return { code: icd10, matchChildren: true }
  return null
}
