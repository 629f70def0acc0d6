/**
 * A problem code and its ancestors, nearest first: M54.61 → M54.6 → M54.
 * Every ICD-10-CM character after the category (the first three) narrows it
 * (CDC/NCHS tabular list conventions), so dropping one goes a level up: the
 * fallback MedlinePlus Connect makes, shared by the Infobutton responder and
 * the CDS Hooks service. A SNOMED CT id has no such structure (its hierarchy
 * lives in the terminology, which Careleaf does not hold) and matches only
 * itself.
 */
export function codeAndAncestors({ system, code }: { system: string; code: string }): string[] {
  if (system !== 'icd10cm') return [code]
  const [category = code, subcategory = ''] = code.split('.')
  const levels = [category]
  for (let length = 1; length <= subcategory.length; length++) levels.push(`${category}.${subcategory.slice(0, length)}`)
  return levels.reverse()
}
