import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * Password rules after NIST SP 800-63B §5.1.1.2: long rather than complex,
 * at least 12 characters, no arbitrary upper limit below 64 (we allow 128),
 * and never a commonly used password. The list is the ~49,000 most common
 * passwords shipped by @zxcvbn-ts/language-common (no network at run time).
 */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

let commonPasswords: Set<string> | undefined
function isCommonPassword(candidate: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))
  return commonPasswords.has(candidate)
}

/** Words that anyone guessing a Careleaf account would try first. */
const CONTEXT_WORDS = ['careleaf', 'password', 'clinic', 'patient', 'doctor', 'nurse', 'hospital']

/** Returns a sentence saying what is wrong, or null when the password is acceptable. */
export function passwordProblem(password: string, context: { email?: string | null } = {}): string | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember and hard to guess.`
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`
  const lower = password.toLowerCase()
  // "Password2024!" is "password" with decoration: strip digits and symbols at either end, then check the core.
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '')
  if (isCommonPassword(lower) || (core.length >= 4 && isCommonPassword(core)))
    return 'That password is too common: it appears in lists attackers try first. Choose another.'
  if (/^(.{1,4})\1+$/.test(lower)) return 'That password is a short pattern repeated. Choose another.'
  // "careleaf-careleaf", "monkeymonkey": a guessable word said twice is still a guessable word.
  const letters = lower.replace(/[^a-z]/g, '')
  const unit = /^(.+?)\1*$/.exec(letters)?.[1] ?? letters
  if (CONTEXT_WORDS.includes(unit)) return 'That password is too easy to guess for this site. Choose another.'
  if (unit.length >= 4 && unit !== letters && isCommonPassword(unit))
    return 'That password is too common: it appears in lists attackers try first. Choose another.'
  const localPart = context.email?.split('@')[0]?.toLowerCase()
  if (localPart && (lower.includes(context.email!.toLowerCase()) || core === localPart.replace(/[^a-z]/g, '') || lower === localPart))
    return 'Your password must not be your email address.'
  return null
}
