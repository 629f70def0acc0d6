import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Bundle, BundleEntry, Communication, DocumentReference, Observation, Questionnaire, QuestionnaireResponse, Resource } from '@medplum/fhirtypes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CheckQuestion } from '@/blocks/CheckUnderstanding/kind'
import type { PortalUser } from '@/lib/auth/portalUser'
import { EducationRecordNotAllowedError, exportEducationRecord } from '@/lib/fhir/exportEducationRecord'
import { EhrDeliveryError, listEhrDeliveries, retryDueDeliveries, sendEducationRecord } from '@/lib/fhir/sendEducationRecord'
import { createHandout } from '@/lib/handouts/createHandout'
import { createShareLink } from '@/lib/share/createShareLink'
import { TEACH_BACK_CONTEXT } from '@/lib/teachBack/teachBackContext'
import type { Handout, Topic } from '@/payload-types'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'
import { describeIssues, r4Errors } from '../fhir/validateR4'

/**
 * Issue 16, "Education record for the EHR (FHIR R4)": the Bundle a clinician downloads or sends validates against
 * the official R4 definitions, holds the handout's PDF, the patient's latest answers and the teach-back, and its
 * references resolve inside it; only the handout's clinician gets it; a failed push is kept and retried.
 */
let payload: Payload
let topic: Topic
let owner: PortalUser
let stranger: PortalUser
let admin: PortalUser
let handout: Handout

const PATIENT_NAME = 'Rosa Fhirtest'
const EHR_ID = 'MRN-0042'

const QUESTIONS: CheckQuestion[] = [
  {
    id: 'q-posture',
    checksSection: 'posture',
    kind: 'multiple-choice',
    prompt: 'What will you do if your back hurts when you wake up?',
    options: [
      { id: 'opt-pillow', text: 'Change my pillow and sleeping position' },
      { id: 'opt-ignore', text: 'Nothing' },
    ],
    correctAnswer: 'opt-pillow',
    explanation: 'A better pillow and position take strain off your upper back.',
  },
  {
    id: 'q-warning',
    checksSection: 'warning',
    kind: 'true-false',
    prompt: 'Chest pain with back pain can wait until your next visit.',
    options: [],
    correctAnswer: 'false',
    explanation: 'Chest pain needs help now: call 911.',
  },
  {
    id: 'q-unanswered',
    checksSection: 'posture',
    kind: 'true-false',
    prompt: 'Gentle movement helps.',
    options: [],
    correctAnswer: 'true',
    explanation: 'Moving gently keeps muscles loose.',
  },
]

/** A handout from the seeded topic with a "Check your understanding" section added to its snapshot, as the builder would copy one. */
async function makeHandoutWithChecks(clinician: PortalUser, ehrPatientId?: string): Promise<Handout> {
  const base = await createHandout({
    payload,
    user: clinician,
    input: { topicId: topic.id, sectionIds: topic.sections.slice(0, 2).map((section) => section.id!), patientName: PATIENT_NAME },
  })
  return payload.create({
    collection: 'handouts',
    user: clinician,
    overrideAccess: false,
    data: {
      title: base.title,
      patientName: PATIENT_NAME,
      ehrPatientId,
      language: 'en',
      clinician: clinician.id,
      topicVersions: base.topicVersions?.map(({ id: _id, ...version }) => version),
      sections: [
        ...base.sections.map(({ id: _id, ...section }) => section),
        {
          topic: topic.id,
          topicTitle: topic.title,
          sectionId: 'check-1',
          heading: 'Check your understanding',
          blockType: 'check',
          locale: 'en',
          body: { questions: QUESTIONS } as unknown as Record<string, unknown>,
        },
      ],
    },
  })
}

async function answer(linkId: number, handoutId: number, questionId: string, value: string, correct: boolean) {
  await payload.create({
    collection: 'teach-back-answers',
    overrideAccess: true,
    data: { link: linkId, handout: handoutId, topic: topic.id, questionId, checksSection: 'posture', answer: value, correct },
  })
  // Answers are ordered by their creation time: keep them apart.
  await new Promise((resolve) => setTimeout(resolve, 5))
}

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource!)
function only<T extends Resource>(bundle: Bundle, type: T['resourceType']): T {
  const found = resources(bundle).filter((resource) => resource.resourceType === type)
  expect(found, type).toHaveLength(1)
  return found[0] as T
}

/** Every `reference` anywhere in the bundle that is not a conditional one, and every canonical to the questionnaire. */
function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => referencesIn(item, found))
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'reference' && typeof inner === 'string') found.push(inner)
      else referencesIn(inner, found)
    }
  }
  return found
}

beforeAll(async () => {
  payload = await getTestPayload()
  topic = await findSeededTopic(payload)
  ;[owner, stranger, admin] = await Promise.all([
    createTestUser(payload, ['clinician'], 'Dr Owner Fhir'),
    createTestUser(payload, ['clinician'], 'Dr Stranger Fhir'),
    createTestUser(payload, ['admin'], 'Admin Fhir'),
  ])
  handout = await makeHandoutWithChecks(owner, EHR_ID)
  const [first, second] = [
    await createShareLink({ payload, user: owner, handoutId: handout.id }),
    await createShareLink({ payload, user: owner, handoutId: handout.id, label: 'daughter' }),
  ]
  // Wrong on the first link, then right after re-reading on the second: the latest answer counts.
  await answer(first.id, handout.id, 'q-posture', 'opt-ignore', false)
  await answer(second.id, handout.id, 'q-posture', 'opt-pillow', true)
  await answer(first.id, handout.id, 'q-warning', 'true', false)
  handout = await payload.update({
    collection: 'handouts',
    id: handout.id,
    overrideAccess: true,
    context: { [TEACH_BACK_CONTEXT]: true },
    data: { teachBack: { outcome: 'explained', note: 'Said she will swap pillows tonight.', recordedAt: new Date().toISOString(), recordedBy: owner.id } },
  })
})

describe('the downloaded education record', () => {
  let bundle: Bundle

  beforeAll(async () => {
    const record = await exportEducationRecord({ payload, user: owner, handoutId: handout.id })
    expect(record).not.toBeNull()
    bundle = record!.bundle
    expect(record!.fileName).toMatch(/\.fhir\.json$/)
    expect(record!.fileName).not.toContain('Fhirtest')
  })

  it('validates against the official R4 definitions, every resource in it', () => {
    expect(bundle.type).toBe('collection')
    expect(describeIssues(r4Errors(bundle))).toEqual([])
    expect(resources(bundle).map((resource) => resource.resourceType)).toEqual([
      'DocumentReference',
      'Communication',
      'Questionnaire',
      'QuestionnaireResponse',
      'Observation',
    ])
  })

  it('holds the handout PDF, typed as patient education, with its date and author', () => {
    const document = only<DocumentReference>(bundle, 'DocumentReference')
    expect(document.type?.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '34895-3' })
    expect(document.date).toBe(handout.createdAt)
    expect(document.author?.[0]).toMatchObject({ type: 'Practitioner', display: 'Dr Owner Fhir' })
    const attachment = document.content[0]!.attachment
    expect(attachment).toMatchObject({ contentType: 'application/pdf', title: handout.title, creation: handout.createdAt })
    const pdf = Buffer.from(attachment.data!, 'base64')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(attachment.size).toBe(pdf.byteLength)
  })

  it('references the patient by the EHR id, with the configured identifier system', () => {
    for (const resource of resources(bundle).filter((candidate) => 'subject' in candidate)) {
      const subject = (resource as DocumentReference).subject
      expect(subject, resource.resourceType).toMatchObject({ identifier: { system: 'urn:careleaf:ehr-patient-id', value: EHR_ID }, display: PATIENT_NAME })
      expect(subject?.reference).toBeUndefined()
    }
  })

  it('records the handout given as an instruction that points at the document, about its topics', () => {
    const communication = only<Communication>(bundle, 'Communication')
    expect(communication).toMatchObject({ status: 'completed', sent: handout.createdAt, topic: { text: topic.title } })
    expect(communication.category?.[0]?.coding?.[0]).toMatchObject({
      system: 'http://terminology.hl7.org/CodeSystem/communication-category',
      code: 'instruction',
    })
    expect(communication.sender).toMatchObject({ display: 'Dr Owner Fhir' })
    const fullUrls = new Set((bundle.entry ?? []).map((entry: BundleEntry) => entry.fullUrl))
    const documentEntry = bundle.entry!.find((entry) => entry.resource?.resourceType === 'DocumentReference')!
    expect(communication.payload?.[0]?.contentReference?.reference).toBe(documentEntry.fullUrl)
    // Every reference inside the bundle resolves inside it (the patient is referenced by identifier, not by URL).
    const references = referencesIn(resources(bundle))
    expect(references.length).toBeGreaterThan(0)
    for (const reference of references) expect(fullUrls.has(reference), reference).toBe(true)
  })

  it('gives the latest answer to each answered question, with the score, against the handout’s questionnaire', () => {
    const questionnaire = only<Questionnaire>(bundle, 'Questionnaire')
    const response = only<QuestionnaireResponse>(bundle, 'QuestionnaireResponse')
    expect(response.questionnaire).toBe(questionnaire.url)
    expect(bundle.entry!.find((entry) => entry.resource === questionnaire)?.fullUrl).toBe(questionnaire.url)
    expect(questionnaire.item?.map((item) => item.linkId)).toEqual(['q-posture', 'q-warning', 'q-unanswered', 'score'])
    const rightOption = questionnaire.item![0]!.answerOption!.find((option) => option.valueCoding?.extension?.[0]?.valueDecimal === 1)
    expect(rightOption?.valueCoding?.code).toBe('opt-pillow')

    // One of three unanswered: not complete.
    expect(response.status).toBe('in-progress')
    const answers = Object.fromEntries((response.item ?? []).map((item) => [item.linkId, item.answer?.[0]]))
    expect(answers['q-posture']?.valueCoding).toMatchObject({ code: 'opt-pillow', display: 'Change my pillow and sleeping position' })
    expect(answers['q-warning']?.valueCoding).toMatchObject({ code: 'true', display: 'True' })
    expect(answers['q-unanswered']).toBeUndefined()
    expect(answers.score?.valueInteger).toBe(1)
  })

  it('gives the teach-back in the room as an Observation by the clinician who recorded it', () => {
    const observation = only<Observation>(bundle, 'Observation')
    expect(observation).toMatchObject({
      status: 'final',
      effectiveDateTime: handout.teachBack?.recordedAt,
      valueCodeableConcept: { coding: [{ code: 'explained' }] },
      note: [{ text: 'Said she will swap pillows tonight.' }],
    })
    expect(observation.performer?.[0]).toMatchObject({ display: 'Dr Owner Fhir' })
  })

  it('is audited as fhir.export, with no patient data in the detail', async () => {
    const { docs } = await payload.find({
      collection: 'audit-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'fhir.export' } }, { targetId: { equals: String(handout.id) } }] },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ actor: expect.objectContaining({ id: owner.id }) })
    expect(docs[0]!.detail).not.toMatch(/Fhirtest|MRN|pillow/i)
  })
})

describe('a handout without an EHR patient id, answers or teach-back', () => {
  it('names the patient by display only and leaves out what was not recorded; still valid', async () => {
    const plain = await makeHandoutWithChecks(owner)
    const record = await exportEducationRecord({ payload, user: owner, handoutId: plain.id })
    const bundle = record!.bundle
    expect(describeIssues(r4Errors(bundle))).toEqual([])
    expect(resources(bundle).map((resource) => resource.resourceType)).toEqual(['DocumentReference', 'Communication'])
    for (const resource of resources(bundle)) expect((resource as Communication).subject).toEqual({ display: PATIENT_NAME })
  })
})

describe('the EHR patient id from the builder', () => {
  it('is stored on the handout the builder makes', async () => {
    const made = await createHandout({
      payload,
      user: owner,
      input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: PATIENT_NAME, ehrPatientId: 'MRN-77' },
    })
    expect((await payload.findByID({ collection: 'handouts', id: made.id, overrideAccess: true })).ehrPatientId).toBe('MRN-77')
  })
})

describe('who may have the record', () => {
  it('is refused to another clinician (not found) and to a colleague who may only read a shared handout', async () => {
    expect(await exportEducationRecord({ payload, user: stranger, handoutId: handout.id })).toBeNull()

    await payload.update({ collection: 'users', id: owner.id, overrideAccess: true, data: { sharesHandoutsWithClinic: true } })
    try {
      // The colleague may read it now, but the record stays with its clinician.
      expect((await payload.findByID({ collection: 'handouts', id: handout.id, user: stranger, overrideAccess: false })).id).toBe(handout.id)
      await expect(exportEducationRecord({ payload, user: stranger, handoutId: handout.id })).rejects.toBeInstanceOf(EducationRecordNotAllowedError)
    } finally {
      await payload.update({ collection: 'users', id: owner.id, overrideAccess: true, data: { sharesHandoutsWithClinic: false } })
    }
    expect(await exportEducationRecord({ payload, user: admin, handoutId: handout.id })).not.toBeNull()
  })
})

describe('Send to EHR', () => {
  /** What a FHIR server received: each posted bundle, its validation errors and the Authorization header. */
  const received: Array<{ bundle: Bundle; errors: string[]; authorization: string | undefined }> = []
  const answers: number[] = []
  let server: http.Server
  let baseUrl: string

  beforeAll(async () => {
    // A FHIR endpoint in the test run: validates each posted resource with the same validator, answers as told.
    server = http.createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const bundle = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Bundle
        received.push({ bundle, errors: describeIssues(r4Errors(bundle)), authorization: request.headers.authorization })
        const status = answers.shift() ?? 200
        response.writeHead(status, { 'Content-Type': 'application/fhir+json' })
        response.end(
          JSON.stringify(
            status === 200
              ? { resourceType: 'Bundle', type: 'transaction-response', entry: [] }
              : { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', diagnostics: 'Database unavailable' }] },
          ),
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('keeps a failed push with the EHR’s answer, retries it when due, then marks it sent', async () => {
    const config = { baseUrl, bearerToken: 'test-token-abc' }
    const now = new Date()
    answers.push(500)
    const failed = await sendEducationRecord({ payload, user: owner, handoutId: handout.id, config, now })
    expect(failed).toMatchObject({ status: 'retrying', attempts: 1, lastError: 'HTTP 500: Database unavailable' })
    expect(new Date(failed!.nextAttemptAt!).getTime()).toBeGreaterThan(now.getTime())

    // Not due yet: nothing is sent.
    expect(await retryDueDeliveries({ payload, config, now })).toEqual([])
    const later = new Date(new Date(failed!.nextAttemptAt!).getTime() + 1000)
    const [retried] = await retryDueDeliveries({ payload, config, now: later })
    expect(retried).toMatchObject({ id: failed!.id, status: 'sent', attempts: 2, lastError: null })

    expect(received).toHaveLength(2)
    for (const post of received) {
      expect(post.errors).toEqual([])
      expect(post.bundle.type).toBe('transaction')
      expect(post.authorization).toBe('Bearer test-token-abc')
      expect(post.bundle.entry?.every((entry) => entry.request?.method === 'POST' && entry.request.ifNoneExist)).toBe(true)
    }
    // In a transaction the EHR resolves the patient by the id (a conditional reference).
    const document = resources(received[0]!.bundle).find((resource) => resource.resourceType === 'DocumentReference') as DocumentReference
    expect(document.subject?.reference).toBe(`Patient?identifier=${encodeURIComponent('urn:careleaf:ehr-patient-id')}|${EHR_ID}`)
    // The same record sent twice carries the same identifiers, so the EHR's ifNoneExist files it once.
    expect(received[1]!.bundle.entry!.map((entry) => entry.fullUrl)).toEqual(received[0]!.bundle.entry!.map((entry) => entry.fullUrl))

    expect((await listEhrDeliveries({ payload, handoutId: handout.id }))[0]).toMatchObject({ id: failed!.id, status: 'sent' })
    const { docs } = await payload.find({
      collection: 'audit-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'fhir.push' } }, { targetId: { equals: String(handout.id) } }] },
      sort: 'createdAt',
    })
    expect(docs.map((event) => event.detail)).toEqual([`delivery ${failed!.id} attempt 1: retrying`, `delivery ${failed!.id} attempt 2: sent`])
  })

  it('gives up after the last attempt and shows it failed, never silently', async () => {
    const config = { baseUrl, bearerToken: null }
    let now = new Date()
    answers.push(500, 500, 500, 500, 500, 500)
    let delivery = await sendEducationRecord({ payload, user: owner, handoutId: handout.id, config, now })
    while (delivery && delivery.status === 'retrying') {
      now = new Date(new Date(delivery.nextAttemptAt!).getTime() + 1000)
      const done = await retryDueDeliveries({ payload, config, now })
      delivery = done.find((candidate) => candidate.id === delivery!.id) ?? null
    }
    expect(delivery).toMatchObject({ status: 'failed', attempts: 6, nextAttemptAt: null, lastError: 'HTTP 500: Database unavailable' })
  })

  it('refuses without an EHR patient id, without an EHR configured, and for a colleague', async () => {
    const plain = await makeHandoutWithChecks(owner)
    const config = { baseUrl, bearerToken: null }
    await expect(sendEducationRecord({ payload, user: owner, handoutId: plain.id, config })).rejects.toBeInstanceOf(EhrDeliveryError)
    await expect(sendEducationRecord({ payload, user: owner, handoutId: handout.id, config: null })).rejects.toBeInstanceOf(EhrDeliveryError)
    expect(await sendEducationRecord({ payload, user: stranger, handoutId: handout.id, config })).toBeNull()
    expect(await listEhrDeliveries({ payload, handoutId: plain.id })).toEqual([])
  })
})
