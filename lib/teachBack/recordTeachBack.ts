import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { canManageHandout } from '@/lib/handouts/canManageHandout'
import { findHandoutForUser } from '@/lib/handouts/findHandoutForUser'
import type { Handout } from '@/payload-types'

import { TEACH_BACK_CONTEXT } from './teachBackContext'
import { isTeachBackOutcome, TEACH_BACK_NOTE_MAX_LENGTH, type TeachBackOutcome } from './teachBackOutcomes'

export class TeachBackNotAllowedError extends Error {
  override name = 'TeachBackNotAllowedError'
}

export class TeachBackInputError extends Error {
  override name = 'TeachBackInputError'
}

/**
 * Records what the clinician saw when the patient explained the handout back
 * (or showed it) in the room: the education record a standard like Joint
 * Commission PC.02.03.01 asks for. Only who may manage the handout records it
 * (its clinician, or an admin as the handout's update rule allows); a
 * colleague who may read a shared handout may not. The note may hold PHI, so
 * the audit detail names the outcome only.
 */
export async function recordTeachBack({
  payload,
  user,
  handoutId,
  outcome,
  note,
  now = new Date(),
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  outcome: TeachBackOutcome
  note?: string | null
  now?: Date
}): Promise<Handout> {
  if (!isTeachBackOutcome(outcome)) throw new TeachBackInputError('Choose what the patient did.')
  const trimmedNote = (note ?? '').trim()
  if (trimmedNote.length > TEACH_BACK_NOTE_MAX_LENGTH) throw new TeachBackInputError(`Keep the note to ${TEACH_BACK_NOTE_MAX_LENGTH} characters.`)

  const handout = await findHandoutForUser({ payload, user, handoutId })
  if (!handout || !canManageHandout(user, handout)) throw new TeachBackNotAllowedError('That handout does not exist or is not yours.')

  // The flag lets this code write the server-only `teachBack` group while still acting as the user (overrideAccess: false).
  const req = await createLocalReq({ user, context: { [TEACH_BACK_CONTEXT]: true } }, payload)
  await initTransaction(req)
  try {
    const updated = await payload.update({
      collection: 'handouts',
      id: handout.id,
      user,
      overrideAccess: false,
      req,
      depth: 0,
      data: { teachBack: { outcome, note: trimmedNote || null, recordedAt: now.toISOString(), recordedBy: user.id } },
    })
    await recordAuditEvent({ payload, req, action: 'teachback.record', actorId: user.id, target: { collection: 'handouts', id: handout.id }, detail: outcome })
    await commitTransaction(req)
    return updated
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
