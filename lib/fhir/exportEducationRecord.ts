import type { Bundle } from '@medplum/fhirtypes'
import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { canManageHandout } from '@/lib/handouts/canManageHandout'
import { findHandoutForUser } from '@/lib/handouts/findHandoutForUser'
import { handoutPdfFileName } from '@/lib/pdf/renderHandoutPdf'
import type { Handout } from '@/payload-types'

import { educationRecordBundle } from './educationRecordBundle'

/** A colleague who may read a shared handout asked for its education record: that stays with its clinician. */
export class EducationRecordNotAllowedError extends Error {
  override name = 'EducationRecordNotAllowedError'
  constructor() {
    super('Only the clinician who prepared this handout can download its education record.')
  }
}

/**
 * The handout the user may manage, for its education record; null when they may not read it at all. Colleagues who
 * may read a shared handout are refused: the record files the handout in the patient's chart with its clinician as
 * author, and it carries the patient's answers through the share links, which only the owner sees (docs/access.md).
 * Their way is the PDF, or a duplicate of their own.
 */
export async function findHandoutForEducationRecord({
  payload,
  user,
  handoutId,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
}): Promise<Handout | null> {
  const handout = await findHandoutForUser({ payload, user, handoutId })
  if (!handout) return null
  if (!canManageHandout(user, handout)) throw new EducationRecordNotAllowedError()
  return handout
}

/**
 * The handout's education record as a FHIR R4 `collection` Bundle for the clinician to download and file in the
 * EHR, audited as `fhir.export` (ids and counts only: the bundle is PHI). Null when the handout is not theirs to read.
 */
export async function exportEducationRecord({
  payload,
  user,
  handoutId,
  now = new Date(),
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  now?: Date
}): Promise<{ bundle: Bundle; fileName: string } | null> {
  const handout = await findHandoutForEducationRecord({ payload, user, handoutId })
  if (!handout) return null
  const bundle = await educationRecordBundle({ payload, handout, type: 'collection', now })
  const kinds = (bundle.entry ?? []).map((entry) => entry.resource?.resourceType).join(',')
  await recordAuditEvent({ payload, action: 'fhir.export', actorId: user.id, target: { collection: 'handouts', id: handout.id }, detail: `download: ${kinds}` })
  const fileName = handoutPdfFileName({ title: handout.title, patientName: handout.patientName, createdAt: handout.createdAt }).replace(/\.pdf$/, '.fhir.json')
  return { bundle, fileName }
}
