import { describe, expect, it } from 'vitest'

import { PASSWORD_MAX_LENGTH, passwordProblem } from './passwordPolicy'

describe('passwordProblem', () => {
  it.each(['correct horse battery', 'demo-clinician-2026', 'Tr0ub4dor&3-and-more', 'ein langer Satz über Rückenschmerzen'])('accepts %j', (password) => {
    expect(passwordProblem(password)).toBeNull()
  })

  it('needs at least 12 characters', () => {
    expect(passwordProblem('a7#kq9!zp2m')).toMatch(/at least 12/)
    expect(passwordProblem('a7#kq9!zp2mx')).toBeNull()
  })

  it('allows long passphrases up to 128 characters (at least 64)', () => {
    expect(passwordProblem('walk the dog '.repeat(5).trim())).toBeNull()
    const sixtyFour = 'k2#Lm9!qZr8$Wn4@'.repeat(4)
    expect(sixtyFour).toHaveLength(64)
    expect(passwordProblem(sixtyFour)).toBeNull()
    expect(passwordProblem(`x${'k2#Lm9!qZr8$Wn4@'.repeat(8)}`)).toMatch(`at most ${PASSWORD_MAX_LENGTH}`)
  })

  it.each(['qwerty123456', '1qaz2wsx3edc', 'QAZWSXEDCRFV', 'Password2024!', 'monkey123456789', '123456789987654321'])(
    'refuses the common password %j',
    (password) => {
      expect(passwordProblem(password)).not.toBeNull()
    },
  )

  it('refuses repeated patterns, the site name and the email', () => {
    expect(passwordProblem('abcabcabcabc')).toMatch(/repeated/)
    expect(passwordProblem('Careleaf2026!!')).not.toBeNull()
    expect(passwordProblem('sam.rivera@clinic.example', { email: 'sam.rivera@clinic.example' })).toMatch(/email/)
    expect(passwordProblem('samrivera2026!', { email: 'sam.rivera@clinic.example' })).toMatch(/email/)
    expect(passwordProblem('demo-clinician-2026', { email: 'clinician@careleaf.local' })).toBeNull()
  })
})
