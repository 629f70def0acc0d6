import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import type { PortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'
import { PdfFontCoverageError } from '@/lib/pdf/fontCoverage'
import type { FhirDelivery } from '@/payload-types'

import { educationRecordBundle } from './educationRecordBundle'
import { findHandoutForEducationRecord } from './exportEducationRecord'
import { type FhirPushConfig, fhirPushConfig } from './fhirConfig'

/** Attempts before a delivery is given up and shown as failed (with "Send again"): about a day of retries. */
export const MAX_DELIVERY_ATTEMPTS = 6

/** Wait after the nth failed attempt: 1 min, 5 min, 15 min, 1 h, 4 h. */
const BACKOFF_MINUTES = [1, 5, 15, 60, 240]

/** How long a claimed delivery is left to the instance sending it before another may try (longer than the timeout). */
const CLAIM_MINUTES = 2
const REQUEST_TIMEOUT_MS = 60_000

export class EhrDeliveryError extends Error {
  override name = 'EhrDeliveryError'
}

/** Making the record failed for a passing reason: retried like an EHR that did not answer. */
class RecordNotMadeError extends Error {
  override name = 'RecordNotMadeError'
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

const minutesAfter = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString()

/**
 * What the EHR said, for the clinician: the status and the server's own words (an OperationOutcome's first issue),
 * cut short. Never logged: the EHR may echo the patient's id.
 */
async function describeRefusal(response: Response): Promise<string> {
  const body = await response.text().catch(() => '')
  let message = ''
  try {
    const outcome = JSON.parse(body) as { issue?: Array<{ diagnostics?: string; details?: { text?: string } }> }
    message = outcome.issue?.[0]?.details?.text ?? outcome.issue?.[0]?.diagnostics ?? ''
  } catch {
    message = body.replace(/\s+/g, ' ')
  }
  return `HTTP ${response.status}${message ? `: ${message}` : ''}`.slice(0, 300)
}

/**
 * One attempt at a delivery already claimed by this instance: builds the transaction Bundle from the handout as it
 * is now (answers and teach-back included), posts it, and records the outcome, audited as `fhir.push`. A failure is
 * rescheduled with backoff, or after the last attempt marked failed; never dropped.
 */
async function attemptDelivery({
  payload,
  delivery,
  config,
  fetchImpl,
  now,
  actorId,
}: {
  payload: Payload
  delivery: FhirDelivery
  config: FhirPushConfig
  fetchImpl: FetchLike
  now: Date
  actorId: number | null
}): Promise<FhirDelivery> {
  const handoutId = relationId(delivery.handout)
  const attempt = delivery.attempts + 1
  let error: string | null = null
  // A handout deleted, or its EHR id removed, since the request: retrying cannot help.
  let permanent = false
  try {
    const handout = await payload.findByID({ collection: 'handouts', id: handoutId, depth: 0, overrideAccess: true, disableErrors: true })
    if (!handout || handout.deletedAt) throw new EhrDeliveryError('The handout was deleted before it could be sent.')
    if (!handout.ehrPatientId?.trim()) throw new EhrDeliveryError('The handout has no EHR patient id.')
    const bundle = await educationRecordBundle({ payload, handout, type: 'transaction', now }).catch((failure: unknown) => {
      // A PDF its fonts cannot draw stays so until the handout changes; anything else (the database) may pass.
      if (failure instanceof PdfFontCoverageError) throw new EhrDeliveryError(`The handout's PDF could not be made: ${failure.message}`)
      throw new RecordNotMadeError()
    })
    const response = await fetchImpl(config.baseUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/fhir+json',
        Accept: 'application/fhir+json',
        ...(config.bearerToken ? { Authorization: `Bearer ${config.bearerToken}` } : {}),
      },
      body: JSON.stringify(bundle),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    if (!response.ok) error = await describeRefusal(response)
    else await response.body?.cancel()
  } catch (caught) {
    permanent = caught instanceof EhrDeliveryError
    if (caught instanceof EhrDeliveryError) error = caught.message
    else if (caught instanceof RecordNotMadeError) error = 'Careleaf could not make the education record this time.'
    else error = caught instanceof Error && caught.name === 'TimeoutError' ? 'The EHR did not answer in time.' : 'The EHR could not be reached.'
  }

  const givesUp = error !== null && (attempt >= MAX_DELIVERY_ATTEMPTS || permanent)
  const updated = await payload.update({
    collection: 'fhir-deliveries',
    id: delivery.id,
    overrideAccess: true,
    data:
      error === null
        ? { status: 'sent', attempts: attempt, sentAt: now.toISOString(), nextAttemptAt: null, lastError: null }
        : {
            status: givesUp ? 'failed' : 'retrying',
            attempts: attempt,
            lastError: error,
            nextAttemptAt: givesUp ? null : minutesAfter(now, BACKOFF_MINUTES[Math.min(attempt, BACKOFF_MINUTES.length) - 1]!),
          },
  })
  const outcome = error === null ? 'sent' : givesUp ? 'failed' : 'retrying'
  // Ids, the attempt and the outcome only: the EHR's message may name the patient.
  await recordAuditEvent({
    payload,
    action: 'fhir.push',
    actorId,
    target: { collection: 'handouts', id: handoutId },
    detail: `delivery ${delivery.id} attempt ${attempt}: ${outcome}`,
  })
  if (error !== null) console.warn(`EHR delivery ${delivery.id} attempt ${attempt} ${outcome}.`)
  return updated
}

/**
 * Takes a due delivery for this instance by moving its `nextAttemptAt` forward, only if no other instance did
 * first (the update matches the old value): two servers never post the same delivery at once.
 */
async function claimDelivery(payload: Payload, delivery: FhirDelivery, now: Date): Promise<FhirDelivery | null> {
  const { docs } = await payload.update({
    collection: 'fhir-deliveries',
    overrideAccess: true,
    where: {
      and: [
        { id: { equals: delivery.id } },
        { status: { in: ['pending', 'retrying'] } },
        delivery.nextAttemptAt ? { nextAttemptAt: { equals: delivery.nextAttemptAt } } : { nextAttemptAt: { exists: false } },
      ],
    },
    data: { nextAttemptAt: minutesAfter(now, CLAIM_MINUTES) },
  })
  return docs[0] ?? null
}

/**
 * "Send to EHR": records the request (so it is never lost, even if this server stops now) and makes the first
 * attempt at once; a failure is shown on the handout page and retried by `retryDueDeliveries`. Owner (or admin)
 * only, and only with an EHR patient id: a record filed by name alone could land in the wrong chart.
 */
export async function sendEducationRecord({
  payload,
  user,
  handoutId,
  now = new Date(),
  config = fhirPushConfig(),
  fetchImpl = fetch,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
  now?: Date
  config?: FhirPushConfig | null
  fetchImpl?: FetchLike
}): Promise<FhirDelivery | null> {
  if (!config) throw new EhrDeliveryError('Sending to the EHR is not set up for this clinic.')
  const handout = await findHandoutForEducationRecord({ payload, user, handoutId })
  if (!handout) return null
  if (!handout.ehrPatientId?.trim()) throw new EhrDeliveryError('Add the patient’s EHR id to this handout before sending it to the EHR.')
  const delivery = await payload.create({
    collection: 'fhir-deliveries',
    overrideAccess: true,
    data: { handout: handout.id, requestedBy: user.id, status: 'pending', attempts: 0, nextAttemptAt: minutesAfter(now, CLAIM_MINUTES) },
  })
  return attemptDelivery({ payload, delivery, config, fetchImpl, now, actorId: user.id })
}

/**
 * Retries every delivery that is due (a few at a time, oldest first). Called every minute by the timer that
 * instrumentation.ts starts when an EHR is configured; safe on several instances at once (claimDelivery).
 */
export async function retryDueDeliveries({
  payload,
  now = new Date(),
  config = fhirPushConfig(),
  fetchImpl = fetch,
  limit = 10,
}: {
  payload: Payload
  now?: Date
  config?: FhirPushConfig | null
  fetchImpl?: FetchLike
  limit?: number
}): Promise<FhirDelivery[]> {
  if (!config) return []
  const { docs } = await payload.find({
    collection: 'fhir-deliveries',
    overrideAccess: true,
    where: { and: [{ status: { in: ['pending', 'retrying'] } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
    sort: 'nextAttemptAt',
    limit,
    depth: 0,
  })
  const done: FhirDelivery[] = []
  for (const due of docs) {
    const claimed = await claimDelivery(payload, due, now)
    if (claimed) done.push(await attemptDelivery({ payload, delivery: claimed, config, fetchImpl, now, actorId: null }))
  }
  return done
}

/** The handout's deliveries, newest first, for its owner's page. The caller has checked the user manages it. */
export async function listEhrDeliveries({ payload, handoutId, limit = 5 }: { payload: Payload; handoutId: number; limit?: number }): Promise<FhirDelivery[]> {
  const { docs } = await payload.find({
    collection: 'fhir-deliveries',
    overrideAccess: true,
    where: { handout: { equals: handoutId } },
    sort: ['-createdAt', '-id'],
    limit,
    depth: 0,
  })
  return docs
}

let timer: NodeJS.Timeout | undefined

/**
 * Starts the once-a-minute retry of failed EHR deliveries in this server process, when an EHR is configured.
 * Started from instrumentation.ts; a failing round is logged (no ids beyond the error's name) and the next one runs.
 */
export function startEhrDeliveryRetries(getPayload: () => Promise<Payload>, intervalMs = 60_000): void {
  if (timer || !fhirPushConfig()) return
  let running = false
  timer = setInterval(() => {
    if (running) return
    running = true
    void getPayload()
      .then((payload) => retryDueDeliveries({ payload }))
      .catch((error: unknown) => console.warn(`EHR delivery retries failed (${error instanceof Error ? error.name : 'unknown error'}).`))
      .finally(() => {
        running = false
      })
  }, intervalMs)
  timer.unref()
}
