import type { QuestionnaireResponse } from '@medplum/fhirtypes'
import { describe, expect, it } from 'vitest'

import { describeIssues, r4Errors } from '@/tests/fhir/validateR4'

import { buildEducationBundle, type EducationBundleInput } from './buildEducationBundle'

const handout: EducationBundleInput['handout'] = {
  id: 7,
  title: 'Upper back pain',
  patientName: 'Ana López',
  ehrPatientId: 'MRN-1',
  language: 'es',
  createdAt: '2026-11-30T10:00:00.000Z',
  sections: [
    {
      topic: 1,
      topicTitle: 'Dolor de espalda',
      sectionId: 'check',
      heading: 'Comprueba lo que entendiste',
      blockType: 'check',
      locale: 'es',
      body: {
        questions: [
          {
            id: 'q1',
            checksSection: 's1',
            kind: 'true-false',
            prompt: 'El dolor en el pecho puede esperar.',
            options: [],
            correctAnswer: 'false',
            explanation: 'Llame al 911.',
          },
        ],
      },
    },
  ],
  teachBack: {},
}

const input = (overrides: Partial<EducationBundleInput> = {}): EducationBundleInput => ({
  handout,
  pdf: new Uint8Array(Buffer.from('%PDF-1.7 test')),
  clinicianName: 'Dr Ruiz',
  teachBackRecordedByName: null,
  answers: [{ questionId: 'q1', answer: 'false', correct: true, answeredAt: '2026-11-30T10:30:00.000Z' }],
  type: 'collection',
  patientIdSystem: 'urn:oid:1.2.3',
  now: new Date('2026-12-01T00:00:00.000Z'),
  ...overrides,
})

describe('buildEducationBundle', () => {
  it('gives the same resource ids for the same record, so a resend is not a duplicate', () => {
    const first = buildEducationBundle(input())
    const again = buildEducationBundle(input({ now: new Date('2026-12-02T00:00:00.000Z') }))
    expect(again.entry!.map((entry) => entry.fullUrl)).toEqual(first.entry!.map((entry) => entry.fullUrl))
    const otherAnswer = buildEducationBundle(input({ answers: [{ questionId: 'q1', answer: 'true', correct: false, answeredAt: '2026-11-30T11:00:00.000Z' }] }))
    // A new answer is a new response; the document and the questionnaire stay the same.
    expect(otherAnswer.entry![3]!.fullUrl).not.toBe(first.entry![3]!.fullUrl)
    expect(otherAnswer.entry!.slice(0, 3).map((entry) => entry.fullUrl)).toEqual(first.entry!.slice(0, 3).map((entry) => entry.fullUrl))
  })

  it('as a transaction: each entry a conditional create, the patient a conditional reference; valid R4', () => {
    const bundle = buildEducationBundle(input({ type: 'transaction' }))
    expect(describeIssues(r4Errors(bundle))).toEqual([])
    for (const entry of bundle.entry!) {
      expect(entry.request).toMatchObject({ method: 'POST', url: entry.resource!.resourceType })
      expect(entry.request!.ifNoneExist).toContain(encodeURIComponent(entry.fullUrl!))
    }
    const response = bundle.entry!.find((entry) => entry.resource?.resourceType === 'QuestionnaireResponse')!.resource as QuestionnaireResponse
    expect(response.subject?.reference).toBe('Patient?identifier=urn%3Aoid%3A1.2.3|MRN-1')
    // The answer as the patient read it, in the handout's language; all questions answered: complete.
    expect(response.item?.[0]?.answer?.[0]?.valueCoding).toEqual({ code: 'false', display: 'Falso' })
    expect(response.status).toBe('completed')
  })

  it('leaves out the questionnaire when nothing was answered, and answers to questions the handout does not ask', () => {
    const bundle = buildEducationBundle(
      input({ answers: [{ questionId: 'not-asked', answer: 'true', correct: true, answeredAt: '2026-11-30T10:30:00.000Z' }] }),
    )
    expect(bundle.entry!.map((entry) => entry.resource!.resourceType)).toEqual(['DocumentReference', 'Communication'])
    expect(describeIssues(r4Errors(bundle))).toEqual([])
  })

  it('without an EHR id names the patient only', () => {
    const bundle = buildEducationBundle(input({ handout: { ...handout, ehrPatientId: null }, type: 'transaction' }))
    expect(describeIssues(r4Errors(bundle))).toEqual([])
    for (const entry of bundle.entry!) {
      if ('subject' in entry.resource!) expect(entry.resource.subject).toEqual({ display: 'Ana López' })
    }
  })
})
