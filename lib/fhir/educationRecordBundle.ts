import type { Bundle } from '@medplum/fhirtypes'
import type { Payload } from 'payload'

import { toHandoutDocumentData } from '@/lib/handouts/toHandoutDocumentData'
import { relationId } from '@/lib/payload/relationId'
import { renderCachedHandoutPdf } from '@/lib/pdfCache/renderCachedHandoutPdf'
import type { Handout } from '@/payload-types'

import { buildEducationBundle, type EducationBundleType } from './buildEducationBundle'
import { patientIdSystem } from './fhirConfig'
import { latestTeachBackAnswers } from './latestTeachBackAnswers'

async function userName(payload: Payload, id: number): Promise<string | null> {
  // Names only, with access overridden: a clinician may not read accounts, and the EHR needs who wrote and who assessed.
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true } })
  return user?.name ?? null
}

/**
 * The education record of a handout the caller has already authorised: the clinician's PDF (the same render, from
 * the same cache, as "Download PDF"), the latest answers to its questions, and the teach-back, as one Bundle.
 * Throws PdfFontCoverageError when the PDF cannot be drawn, as the download does.
 */
export async function educationRecordBundle({
  payload,
  handout,
  type,
  now = new Date(),
}: {
  payload: Payload
  handout: Handout
  type: EducationBundleType
  now?: Date
}): Promise<Bundle> {
  const data = { ...(await toHandoutDocumentData({ payload, handout })), shareAccess: null }
  const recordedBy = handout.teachBack?.recordedBy
  const [{ pdf }, answers, teachBackRecordedByName] = await Promise.all([
    renderCachedHandoutPdf({ payload, handoutId: handout.id, data }),
    latestTeachBackAnswers({ payload, handoutId: handout.id }),
    recordedBy ? userName(payload, relationId(recordedBy)) : Promise.resolve(null),
  ])
  return buildEducationBundle({
    handout,
    pdf,
    clinicianName: data.clinicianName,
    teachBackRecordedByName,
    answers,
    type,
    patientIdSystem: patientIdSystem(),
    now,
  })
}
