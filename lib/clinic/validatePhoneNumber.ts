/** Characters people type between digits: spaces, dashes, dots and brackets. */
const SEPARATORS = /[\s\-.()]/g

/**
 * The clinic's phone number is printed on every handout and dialled from the
 * patient page, so "555" must not pass. Accepted: E.164 (`+` then 8 to 15
 * digits, ITU-T E.164) or a national number of 10 to 15 digits, with the usual
 * separators. An empty value is allowed (the field is optional).
 */
export function validatePhoneNumber(value: string | null | undefined): true | string {
  if (value == null || value.trim() === '') return true
  const compact = value.trim().replace(SEPARATORS, '')
  const international = /^\+[1-9]\d{7,14}$/.test(compact)
  const national = /^\d{10,15}$/.test(compact)
  if (international || national) return true
  return 'Enter the full phone number with area code, at least 10 digits (e.g. (555) 010-0199), or in international form starting with + (e.g. +44 20 7946 0000).'
}
