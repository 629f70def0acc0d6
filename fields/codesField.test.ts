import { describe, expect, it } from 'vitest'

import { isValidCode, normalizeIcd10Code } from './codesField'

describe('condition codes', () => {
  it('normalises ICD-10-CM codes typed without the dot or in lower case', () => {
    expect(normalizeIcd10Code('m546')).toBe('M54.6')
    expect(normalizeIcd10Code(' M54.6 ')).toBe('M54.6')
    expect(normalizeIcd10Code('S22.080A')).toBe('S22.080A')
    expect(normalizeIcd10Code('R51')).toBe('R51')
  })

  it('accepts well-formed ICD-10-CM and SNOMED CT codes and refuses others', () => {
    expect(isValidCode('icd10cm', 'M54.6')).toBe(true)
    expect(isValidCode('icd10cm', 'M5')).toBe(false)
    expect(isValidCode('icd10cm', '54.6')).toBe(false)
    expect(isValidCode('snomedct', '161891005')).toBe(true)
    expect(isValidCode('snomedct', 'M54.6')).toBe(false)
  })
})
