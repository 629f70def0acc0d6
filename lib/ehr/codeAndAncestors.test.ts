import { describe, expect, it } from 'vitest'

import { codeAndAncestors } from './codeAndAncestors'

describe('codeAndAncestors', () => {
  it('climbs the ICD-10-CM hierarchy one character at a time, nearest first', () => {
    expect(codeAndAncestors({ system: 'icd10cm', code: 'M54.61' })).toEqual(['M54.61', 'M54.6', 'M54'])
    expect(codeAndAncestors({ system: 'icd10cm', code: 'S72.001A' })).toEqual(['S72.001A', 'S72.001', 'S72.00', 'S72.0', 'S72'])
    expect(codeAndAncestors({ system: 'icd10cm', code: 'I10' })).toEqual(['I10'])
  })

  it('matches a SNOMED CT id only as itself', () => {
    expect(codeAndAncestors({ system: 'snomedct', code: '161891005' })).toEqual(['161891005'])
  })
})
