import { describe, expect, it } from 'vitest'

import { normalizeIcd10Code } from './normalizeIcd10Code'

describe('normalizeIcd10Code', () => {
  it('normalises ICD-10-CM codes typed without the dot or in lower case', () => {
    expect(normalizeIcd10Code('m546')).toBe('M54.6')
    expect(normalizeIcd10Code(' M54.6 ')).toBe('M54.6')
    expect(normalizeIcd10Code('S22.080A')).toBe('S22.080A')
    expect(normalizeIcd10Code('R51')).toBe('R51')
  })
})
