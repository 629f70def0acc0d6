import { describe, expect, it } from 'vitest'

import { createHandoutInput } from './createHandoutInput'

const base = { sections: [{ topicId: 1, sectionId: 'a' }], patientName: 'Ann Lee' }

describe('createHandoutInput: the EHR patient id', () => {
  it('is optional, trimmed, and kept as the record system writes it', () => {
    expect(createHandoutInput.parse(base).ehrPatientId).toBeUndefined()
    expect(createHandoutInput.parse({ ...base, ehrPatientId: '' }).ehrPatientId).toBeUndefined()
    expect(createHandoutInput.parse({ ...base, ehrPatientId: '  MRN-000123 ' }).ehrPatientId).toBe('MRN-000123')
    expect(createHandoutInput.parse({ ...base, ehrPatientId: 'E1234:ab/7_x.9' }).ehrPatientId).toBe('E1234:ab/7_x.9')
  })

  it('refuses a name typed in the wrong box, and anything over 64 characters', () => {
    for (const wrong of ['Ann Lee', 'MRN 123', '<script>', '-123', 'x'.repeat(65)]) {
      const parsed = createHandoutInput.safeParse({ ...base, ehrPatientId: wrong })
      expect(parsed.success, wrong).toBe(false)
      expect(parsed.error?.issues[0]?.path).toEqual(['ehrPatientId'])
    }
  })
})
