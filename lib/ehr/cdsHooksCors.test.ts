import { describe, expect, it } from 'vitest'

import { isAllowedOrigin, normaliseOrigin, serviceCorsHeaders } from './cdsHooksCors'

describe('CDS Hooks CORS', () => {
  it('compares origins as origins, not strings', () => {
    expect(normaliseOrigin('https://EHR.example.org/')).toBe('https://ehr.example.org')
    expect(normaliseOrigin('null')).toBeNull()
    expect(isAllowedOrigin('https://ehr.example.org', ['https://EHR.example.org/'])).toBe(true)
    expect(isAllowedOrigin('https://ehr.example.org:8443', ['https://ehr.example.org'])).toBe(false)
    expect(isAllowedOrigin('https://evil.example', ['https://ehr.example.org'])).toBe(false)
    expect(isAllowedOrigin('https://ehr.example.org', null)).toBe(false)
  })

  it('allows a checked origin by name, and varies by origin either way', () => {
    expect(serviceCorsHeaders('https://ehr.example.org')).toMatchObject({ Vary: 'Origin', 'Access-Control-Allow-Origin': 'https://ehr.example.org' })
    expect(serviceCorsHeaders(null)).toEqual({ Vary: 'Origin' })
  })
})
