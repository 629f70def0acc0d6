/** Upper-cases an ICD-10-CM code and inserts the dot people often leave out ("m546" → "M54.6"). */
export function normalizeIcd10Code(value: string): string {
  const compact = value.trim().toUpperCase().replace(/\s+/g, '')
  if (/^[A-Z][0-9][0-9A-Z][0-9A-Z]{1,4}$/.test(compact)) return `${compact.slice(0, 3)}.${compact.slice(3)}`
  return compact
}
