import crypto from 'node:crypto'

import type {
  Bundle,
  BundleEntry,
  Communication,
  DocumentReference,
  Identifier,
  Observation,
  Patient,
  Practitioner,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  Resource,
} from '@medplum/fhirtypes'

import type { CheckQuestion } from '@/blocks/CheckUnderstanding/kind'
import { handoutSectionSnapshots } from '@/lib/handouts/toHandoutDocumentData'
import { localeOf } from '@/lib/i18n/locales'
import { patientMessages } from '@/lib/i18n/patientMessages'
import type { Handout } from '@/payload-types'

import {
  EDUCATION_DOCUMENT_TYPE,
  INSTRUCTION_CATEGORY,
  TEACH_BACK_OBSERVATION_CODE,
  TEACH_BACK_OUTCOME_SYSTEM,
  TEACH_BACK_OUTCOMES,
  URI_IDENTIFIER_SYSTEM,
} from './fhirCodes'

/** The latest answer to one question, across all of the handout's links. */
export interface LatestAnswer {
  questionId: string
  /** The option id chosen, or 'true' / 'false'. */
  answer: string
  correct: boolean
  answeredAt: string
}

export type EducationBundleType = 'collection' | 'transaction'

export interface EducationBundleInput {
  handout: Pick<Handout, 'id' | 'title' | 'patientName' | 'ehrPatientId' | 'language' | 'createdAt' | 'sections' | 'teachBack'>
  /** The handout's PDF, as the clinician downloads it. */
  pdf: Uint8Array
  /** The clinician who made the handout (author and sender). */
  clinicianName: string
  /** Who recorded the teach-back in the room, when it was recorded. */
  teachBackRecordedByName: string | null
  answers: LatestAnswer[]
  type: EducationBundleType
  patientIdSystem: string
  now: Date
}

type Kind = 'document' | 'communication' | 'questionnaire' | 'response' | 'teach-back'

/**
 * A stable UUID per handout and resource kind (and content, where it changes): a push retried after a lost answer,
 * or sent again unchanged, matches what the EHR already has (`ifNoneExist`) instead of filing a duplicate. The
 * handout's creation time is mixed in so two Careleaf installations never share ids.
 */
function stableUuid(handout: EducationBundleInput['handout'], kind: Kind, version = ''): string {
  const hex = crypto.createHash('sha256').update(`careleaf|${handout.id}|${handout.createdAt}|${kind}|${version}`).digest('hex')
  // RFC 9562 version 8 (custom) with the RFC variant bits.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

function checkQuestions(handout: EducationBundleInput['handout']): CheckQuestion[] {
  return handoutSectionSnapshots(handout as Handout).flatMap((section) => (section.blockType === 'check' ? section.body.questions : []))
}

function topicTitles(handout: EducationBundleInput['handout']): string[] {
  return [...new Set(handout.sections.map((section) => section.topicTitle))]
}

/**
 * The patient as the EHR knows them: by the id the clinician entered (a logical reference, with the clinic's
 * identifier system), else by name only. In a transaction the id also becomes a conditional reference, which the
 * EHR resolves to its own Patient or refuses (FHIR R4 §3.1.0.1.2 "conditional references" in transactions).
 */
function patientReference(input: EducationBundleInput): Reference<Patient> {
  const { handout } = input
  const display = handout.patientName
  const id = handout.ehrPatientId?.trim()
  if (!id) return { display }
  const identifier: Identifier = { system: input.patientIdSystem, value: id }
  if (input.type === 'transaction') {
    return { reference: `Patient?identifier=${encodeURIComponent(input.patientIdSystem)}|${encodeURIComponent(id)}`, identifier, display }
  }
  return { type: 'Patient', identifier, display }
}

/** Careleaf has no Practitioner ids the EHR shares: the clinician is named, typed, and left to the EHR to match. */
function practitioner(name: string): Reference<Practitioner> {
  return { type: 'Practitioner', display: name }
}

/**
 * An answer as a Coding: the option's id (or 'true' / 'false') and the words the patient read. No system: the codes
 * mean something only within their question, which is how a Questionnaire's own answerOption codings may be.
 */
function answerCoding(question: CheckQuestion, answer: string, language: ReturnType<typeof localeOf>) {
  const messages = patientMessages(language)
  const option = question.options.find((candidate) => candidate.id === answer)
  const display = question.kind === 'true-false' ? (answer === 'true' ? messages.checkTrue : messages.checkFalse) : (option?.text ?? answer)
  return { code: answer, display }
}

/** Every answer the question offers: true/false as two choices, so both kinds read alike in the EHR. */
function offeredAnswers(question: CheckQuestion): string[] {
  return question.kind === 'true-false' ? ['true', 'false'] : question.options.map((option) => option.id)
}

/**
 * The right answer of each question, marked the way Structured Data Capture scores questionnaires: the R4 core
 * extension `ordinalValue` on each option's coding, 1 for the right answer and 0 for the others.
 */
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue'

function buildQuestionnaire(input: EducationBundleInput, questions: CheckQuestion[], url: string): Questionnaire {
  const language = localeOf(input.handout.language)
  const item: QuestionnaireItem[] = questions.map((question) => ({
    linkId: question.id,
    text: question.prompt,
    type: 'choice',
    answerOption: offeredAnswers(question).map((answer) => ({
      valueCoding: {
        ...answerCoding(question, answer, language),
        extension: [{ url: ORDINAL_VALUE, valueDecimal: answer === question.correctAnswer ? 1 : 0 }],
      },
    })),
  }))
  item.push({ linkId: 'score', text: 'Questions answered right', type: 'integer', readOnly: true })
  return {
    resourceType: 'Questionnaire',
    url,
    identifier: [{ system: URI_IDENTIFIER_SYSTEM, value: url }],
    name: 'CheckYourUnderstanding',
    title: `Check your understanding: ${input.handout.title}`,
    status: 'active',
    language,
    subjectType: ['Patient'],
    item,
  }
}

function buildResponse(input: EducationBundleInput, questions: CheckQuestion[], questionnaireUrl: string, uuid: string): QuestionnaireResponse {
  const language = localeOf(input.handout.language)
  const byQuestion = new Map(input.answers.map((answer) => [answer.questionId, answer]))
  const answered = questions.flatMap((question) => {
    const answer = byQuestion.get(question.id)
    return answer ? [{ question, answer }] : []
  })
  const item: QuestionnaireResponseItem[] = answered.map(({ question, answer }) => ({
    linkId: question.id,
    text: question.prompt,
    answer: [{ valueCoding: answerCoding(question, answer.answer, language) }],
  }))
  item.push({ linkId: 'score', text: 'Questions answered right', answer: [{ valueInteger: answered.filter(({ answer }) => answer.correct).length }] })
  const authored = answered.map(({ answer }) => answer.answeredAt).sort()
  return {
    resourceType: 'QuestionnaireResponse',
    identifier: { system: URI_IDENTIFIER_SYSTEM, value: `urn:uuid:${uuid}` },
    questionnaire: questionnaireUrl,
    // Answered through the patient's link: whoever held it (the patient, or a carer) is not known, so no `author`/`source`.
    status: answered.length === questions.length ? 'completed' : 'in-progress',
    subject: patientReference(input),
    authored: authored.at(-1),
    item,
  }
}

/**
 * The teach-back outcome as its own Observation rather than a note on the Communication: it is a clinical finding
 * made later than the handout was given, by whoever ran the teach-back, and may be corrected. An Observation carries
 * that time (`effectiveDateTime`), that person (`performer`), a coded value an EHR can query and chart, and a
 * status for corrections; a Communication has only free-text `note` for it, which no one can count or filter on.
 */
function buildTeachBack(input: EducationBundleInput, uuid: string): Observation | null {
  const teachBack = input.handout.teachBack
  const outcome = teachBack?.outcome
  if (!outcome || !teachBack.recordedAt) return null
  return {
    resourceType: 'Observation',
    identifier: [{ system: URI_IDENTIFIER_SYSTEM, value: `urn:uuid:${uuid}` }],
    status: 'final',
    code: { coding: [TEACH_BACK_OBSERVATION_CODE], text: 'Teach-back' },
    subject: patientReference(input),
    effectiveDateTime: teachBack.recordedAt,
    performer: input.teachBackRecordedByName ? [practitioner(input.teachBackRecordedByName)] : undefined,
    valueCodeableConcept: {
      coding: [{ system: TEACH_BACK_OUTCOME_SYSTEM, code: outcome, display: TEACH_BACK_OUTCOMES[outcome] }],
      text: TEACH_BACK_OUTCOMES[outcome],
    },
    note: teachBack.note?.trim() ? [{ text: teachBack.note.trim() }] : undefined,
  }
}

function entry(input: EducationBundleInput, uuid: string, resource: Resource): BundleEntry {
  const fullUrl = `urn:uuid:${uuid}`
  if (input.type === 'collection') return { fullUrl, resource }
  const identifier = 'identifier' in resource ? resource.identifier : undefined
  const first = (Array.isArray(identifier) ? identifier[0] : identifier) as Identifier | undefined
  return {
    fullUrl,
    resource,
    request: {
      method: 'POST',
      url: resource.resourceType,
      ifNoneExist: first?.system && first.value ? `identifier=${encodeURIComponent(first.system)}|${encodeURIComponent(first.value)}` : undefined,
    },
  }
}

/** JSON without the `undefined` holes optional fields leave, so what we validate is what we send. */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * The handout's education record as one FHIR R4 Bundle: the PDF the patient got (DocumentReference), the act of
 * giving it (Communication, category "instruction"), the patient's answers to its "Check your understanding"
 * questions (Questionnaire + QuestionnaireResponse, when any was answered), and the teach-back in the room
 * (Observation, when recorded). `collection` to download, `transaction` to post to an EHR.
 */
export function buildEducationBundle(input: EducationBundleInput): Bundle {
  const { handout } = input
  const language = localeOf(handout.language)
  const subject = patientReference(input)
  const author = practitioner(input.clinicianName)
  const pdf = Buffer.from(input.pdf)

  const documentUuid = stableUuid(handout, 'document')
  const document: DocumentReference = {
    resourceType: 'DocumentReference',
    masterIdentifier: { system: URI_IDENTIFIER_SYSTEM, value: `urn:uuid:${documentUuid}` },
    identifier: [{ system: URI_IDENTIFIER_SYSTEM, value: `urn:uuid:${documentUuid}` }],
    status: 'current',
    docStatus: 'final',
    type: { coding: [EDUCATION_DOCUMENT_TYPE], text: 'Patient education handout' },
    subject,
    date: handout.createdAt,
    author: [author],
    description: handout.title,
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          language,
          data: pdf.toString('base64'),
          size: pdf.byteLength,
          // R4 Attachment.hash: the SHA-1 of the data, base64.
          hash: crypto.createHash('sha1').update(pdf).digest('base64'),
          title: handout.title,
          creation: handout.createdAt,
        },
      },
    ],
  }

  const communicationUuid = stableUuid(handout, 'communication')
  const communication: Communication = {
    resourceType: 'Communication',
    identifier: [{ system: URI_IDENTIFIER_SYSTEM, value: `urn:uuid:${communicationUuid}` }],
    status: 'completed',
    category: [{ coding: [INSTRUCTION_CATEGORY] }],
    language,
    subject,
    recipient: [subject],
    sender: author,
    // The handout was given when it was made: the PDF and any link come from that same copy.
    sent: handout.createdAt,
    topic: { text: topicTitles(handout).join('; ') },
    payload: [{ contentReference: { reference: `urn:uuid:${documentUuid}`, type: 'DocumentReference', display: handout.title } }],
  }

  const entries: BundleEntry[] = [entry(input, documentUuid, document), entry(input, communicationUuid, communication)]

  const questions = checkQuestions(handout)
  const asked = new Set(questions.map((question) => question.id))
  const answers = input.answers.filter((answer) => asked.has(answer.questionId))
  if (answers.length > 0) {
    const questionnaireUuid = stableUuid(handout, 'questionnaire')
    const questionnaireUrl = `urn:uuid:${questionnaireUuid}`
    const answersVersion = answers
      .map((answer) => `${answer.questionId}=${answer.answer}@${answer.answeredAt}`)
      .sort()
      .join(',')
    const responseUuid = stableUuid(handout, 'response', answersVersion)
    entries.push(
      entry(input, questionnaireUuid, buildQuestionnaire(input, questions, questionnaireUrl)),
      entry(input, responseUuid, buildResponse({ ...input, answers }, questions, questionnaireUrl, responseUuid)),
    )
  }

  const teachBack = handout.teachBack
  const teachBackUuid = stableUuid(handout, 'teach-back', `${teachBack?.outcome}|${teachBack?.recordedAt}|${teachBack?.note ?? ''}`)
  const observation = buildTeachBack(input, teachBackUuid)
  if (observation) entries.push(entry(input, teachBackUuid, observation))

  return withoutUndefined({
    resourceType: 'Bundle',
    type: input.type,
    timestamp: input.now.toISOString(),
    entry: entries,
  } satisfies Bundle)
}
