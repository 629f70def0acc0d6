import type { FormState } from 'payload'
import { describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/lib/content/lexical'

import { sectionsFromFormState } from './sectionsFromFormState'

describe('sectionsFromFormState', () => {
  it('folds Payload’s flat form fields back into section rows, unsaved text included', () => {
    const body = paragraphsToRichText(['Hypertension is common.'])
    const fields: FormState = {
      title: { value: 'Back pain' },
      sections: { value: 3, disableFormData: true, rows: [{ id: 'a', blockType: 'text' }, { id: 'b', blockType: 'tips' }, { id: 'c', blockType: 'gone' }] },
      'sections.0.id': { value: 'a' },
      'sections.0.blockType': { value: 'text' },
      'sections.0.heading': { value: 'Overview' },
      'sections.0.body': { value: body },
      'sections.1.id': { value: 'b' },
      'sections.1.blockType': { value: 'tips' },
      'sections.1.heading': { value: 'Tips' },
      'sections.1.do': { value: 1, disableFormData: true, rows: [{ id: 'd' }] },
      'sections.1.do.0.id': { value: 'd' },
      'sections.1.do.0.text': { value: 'Walk each day' },
      'sections.1.dont': { value: 0, disableFormData: true, rows: [] },
      'sections.2.id': { value: 'c' },
      'sections.2.blockType': { value: 'gone' },
    }
    expect(sectionsFromFormState(fields)).toEqual([
      { id: 'a', blockType: 'text', heading: 'Overview', body },
      { id: 'b', blockType: 'tips', heading: 'Tips', do: [{ id: 'd', text: 'Walk each day' }] },
    ])
  })

  it('gives no sections when the form has none', () => {
    expect(sectionsFromFormState({ title: { value: 'Back pain' } })).toEqual([])
  })
})
