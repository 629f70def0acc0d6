import { lastKnownClinicContact } from '@/lib/clinic/lastKnownClinic'
import { isDatabaseUnavailableError } from '@/lib/db/isDatabaseUnavailableError'
import { type Locale, LOCALE_CODES } from '@/lib/i18n/locales'
import { localesByPreference } from '@/lib/i18n/localesByPreference'
import { patientMessages } from '@/lib/i18n/patientMessages'

import { shareUnavailablePageHtml } from './patientPage/patientPages'
import { type PatientResponseKind, patientResponseHeaders } from './patientResponseHeaders'

/** Seconds a patient (or a browser, a proxy) is asked to wait before trying again. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30

/**
 * The 503 a patient gets while PostgreSQL is unreachable: their clinic's phone if this process knows it, no error
 * detail. No handout can be read, so no handout's language: every language, `locales` in the reader's order.
 */
export function patientOutageResponse(kind: PatientResponseKind, locales: readonly Locale[] = LOCALE_CODES): Response {
  const retryAfter = { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) }
  if (kind === 'file') {
    return new Response(locales.map((locale) => patientMessages(locale).pdfUnavailable).join('\n\n'), {
      status: 503,
      headers: patientResponseHeaders('file', { 'Content-Type': 'text/plain; charset=utf-8', ...retryAfter }),
    })
  }
  return new Response(shareUnavailablePageHtml(lastKnownClinicContact(), locales), {
    status: 503,
    headers: patientResponseHeaders('page', { 'Content-Type': 'text/html; charset=utf-8', ...retryAfter }),
  })
}

/**
 * Runs a patient route (`/p/<token>`, its PDF, its access form). A database
 * that is down or restarting makes it the 503 above rather than a 500; any
 * other failure stays a failure. `request` orders the 503's languages by the reader's browser.
 */
export async function answerPatientDuringOutage(kind: PatientResponseKind, serve: () => Promise<Response>, request?: Request): Promise<Response> {
  try {
    return await serve()
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error
    console.warn('[careleaf] patient link answered 503: the database is unreachable')
    return patientOutageResponse(kind, localesByPreference(request?.headers.get('accept-language')))
  }
}
