import { describe, expect, it } from 'vitest'

import { parseBuilderForm } from '@/app/(frontend)/(workspace)/handouts/new/builderForm'

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe('parseBuilderForm (the check the browser and the server action both run)', () => {
  it('gives one message per field for an empty form, sections first', () => {
    const result = parseBuilderForm(form({ sections: '[]', patientName: '  ' }))
    expect(result).toEqual({ ok: false, fieldErrors: { sections: 'Tick at least one section to include.', patientName: "Enter the patient's name." } })
  })

  it('passes the reason for leaving out the warning signs through, trimmed, and refuses a long one', () => {
    const sections = JSON.stringify([{ topicId: 1, sectionId: 'a' }])
    const ok = parseBuilderForm(form({ sections, patientName: 'Ana', warningSignsOmittedReason: '  Given the printed card.  ' }))
    expect(ok.ok && ok.input.warningSignsOmittedReason).toBe('Given the printed card.')
    const long = parseBuilderForm(form({ sections, patientName: 'Ana', warningSignsOmittedReason: 'x'.repeat(501) }))
    expect(long).toEqual({ ok: false, fieldErrors: { warningSignsOmittedReason: 'Keep the reason short (500 characters at most).' } })
  })

  it('reads a malformed sections field as an error on sections, not a crash', () => {
    expect(parseBuilderForm(form({ sections: '{not json', patientName: 'Ana' }))).toEqual({
      ok: false,
      fieldErrors: { sections: 'Tick at least one section to include.' },
    })
  })

  it('passes the EHR patient id through and puts a malformed one on its own field', () => {
    const sections = JSON.stringify([{ topicId: 1, sectionId: 'a' }])
    const ok = parseBuilderForm(form({ sections, patientName: 'Ana', ehrPatientId: ' MRN-0042 ' }))
    expect(ok.ok && ok.input.ehrPatientId).toBe('MRN-0042')
    const wrong = parseBuilderForm(form({ sections, patientName: 'Ana', ehrPatientId: 'Ana López' }))
    expect(wrong.ok ? null : Object.keys(wrong.fieldErrors)).toEqual(['ehrPatientId'])
  })
})
