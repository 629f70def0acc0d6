import { describe, expect, it } from 'vitest'

import { isValidCode } from './codesField'

describe('condition codes', () => {
  it('accepts well-formed ICD-10-CM and SNOMED CT codes and refuses others', () => {
    expect(isValidCode('icd10cm', 'M54.6')).toBe(true)
    expect(isValidCode('icd10cm', 'M5')).toBe(false)
    expect(isValidCode('icd10cm', '54.6')).toBe(false)
    expect(isValidCode('snomedct', '161891005')).toBe(true)
    expect(isValidCode('snomedct', 'M54.6')).toBe(false)
  })
})
