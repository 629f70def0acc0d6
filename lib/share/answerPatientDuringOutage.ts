import { lastKnownClinicContact } from '@/lib/clinic/lastKnownClinic'
import { isDatabaseUnavailableError } from '@/lib/db/isDatabaseUnavailableError'

import { shareUnavailablePageHtml } from './patientPage/patientPages'
import { type PatientResponseKind, patientResponseHeaders } from './patientResponseHeaders'

/** Seconds a patient (or a browser, a proxy) is asked to wait before trying again. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30

/** The 503 a patient gets while PostgreSQL is unreachable: their clinic's phone if this process knows it, no error detail. */
export function patientOutageResponse(kind: PatientResponseKind): Response {
  const retryAfter = { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) }
  if (kind === 'file') {
    return new Response('Your handout cannot be downloaded just now. Please try again in a few minutes.', {
      status: 503,
      headers: patientResponseHeaders('file', { 'Content-Type': 'text/plain; charset=utf-8', ...retryAfter }),
    })
  }
  return new Response(shareUnavailablePageHtml(lastKnownClinicContact()), {
    status: 503,
    headers: patientResponseHeaders('page', { 'Content-Type': 'text/html; charset=utf-8', ...retryAfter }),
  })
}

/**
 * Runs a patient route (`/p/<token>`, its PDF, its access form). A database
 * that is down or restarting makes it the 503 above rather than a 500; any
 * other failure stays a failure.
 */
export async function answerPatientDuringOutage(kind: PatientResponseKind, serve: () => Promise<Response>): Promise<Response> {
  try {
    return await serve()
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error
    console.warn('[careleaf] patient link answered 503: the database is unreachable')
    return patientOutageResponse(kind)
  }
}
