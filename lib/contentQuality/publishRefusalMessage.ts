import { QUALITY_FLAGS, type QualityFlagCode } from './qualityFlags'

/** "A", "A and B", "A, B and C". */
function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function quoted(codes: QualityFlagCode[]): string {
  return listInWords(codes.map((code) => `‘${QUALITY_FLAGS[code]}’`))
}

/*
 * These messages reach the admin as a toast, and Payload's toast reads text
 * after a colon as a comma-separated list of field errors ("… (3):" and one
 * bullet per comma). So: one sentence each, with no colon.
 */

/** Open flags nobody has accepted, counted and named. */
export function unacceptedFlagsMessage(open: QualityFlagCode[]): string {
  const count = open.length === 1 ? 'One quality flag is' : `${open.length} quality flags are`
  const fix = open.length === 1 ? 'fix it or tick it' : 'fix them or tick each one'
  return `${count} not accepted yet (${quoted(open)}), so ${fix} under “Reviewer accepts these flags” and publish again.`
}

/** Flags no reviewer may accept, only fix. */
export function mustFixFlagsMessage(mustFix: QualityFlagCode[]): string {
  return `This topic cannot be published until ${quoted(mustFix)} is fixed, so give every warning sign a “What to do” level and publish again.`
}

/** Acceptances of flags the topic does not raise: a risk signed off that is not there. */
export function unraisedFlagsMessage(unraised: QualityFlagCode[]): string {
  const verb = unraised.length === 1 ? 'is not raised' : 'are not raised'
  return `${quoted(unraised)} ${verb} by this topic, so ${unraised.length === 1 ? 'it' : 'they'} cannot be accepted; accept only the flags the topic shows.`
}
