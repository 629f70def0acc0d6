import { contactText, formatLongDate } from '@/lib/handouts/formatHandoutText'
import type { TopicMainMessage } from '@/lib/handouts/mainMessages'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

import { accessCheckPrompt, type ShareAccessCheck } from '../accessCheck'
import { emergencyLineHtml, linkEmergencyNumber } from './emergencyLine'
import { handoutBodyHtml } from './handoutBodyHtml'
import { html, type SafeHtml, trustedHtml } from './html'
import { type PatientHeaderClinic, patientHeaderHtml } from './patientHeaderHtml'
import { PATIENT_PAGE_CSS, PATIENT_PAGE_SCRIPT } from './patientPageAssets'

/**
 * The patient's pages as complete HTML documents. They are served by the
 * `/p/[token]` route handler rather than a Next page because a page cannot
 * answer 410 Gone, and because each must carry a CSP that allows exactly its
 * own inline style and script (see patientResponseHeaders.ts). Readable with
 * JavaScript off: the only script reveals the Print button.
 */
export interface ClinicContact extends PatientHeaderClinic {
  name: string
  phone?: string | null
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}

function contactLine(clinic: ClinicContact): SafeHtml {
  const phone = clinic.phone?.trim()
  return phone ? html`<strong>${clinic.name}</strong>, <a href="${telHref(phone)}">${phone}</a>` : html`<strong>${clinic.name}</strong>`
}

function documentHtml({
  title,
  clinic,
  body,
  largePrint = false,
}: {
  title: string
  clinic?: PatientHeaderClinic
  body: SafeHtml
  largePrint?: boolean
}): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="same-origin"><title>${title}</title><style>${trustedHtml(PATIENT_PAGE_CSS)}</style></head>
<body><a class="skip-link" href="#main">Skip to content</a>${clinic ? patientHeaderHtml(clinic) : ''}
<main id="main" tabindex="-1"${largePrint ? html` class="large-print"` : ''}>${linkEmergencyNumber(body)}</main>
<script>${trustedHtml(PATIENT_PAGE_SCRIPT)}</script></body></html>`.value
}

export interface SharedHandoutPageData {
  token: string
  clinic: ClinicContact
  title: string
  patientName: string
  createdAt: string
  instructions?: string | null
  sections: HandoutSectionSnapshot[]
  /** One per topic that has one; empty for handouts made before topics had a main message. */
  mainMessages?: readonly TopicMainMessage[]
  preferredName?: string | null
  largePrint?: boolean
  followUpDate?: string | null
  contactLine?: string | null
}

function followUpHtml(data: SharedHandoutPageData): SafeHtml {
  const date = formatLongDate(data.followUpDate)
  const contact = contactText(data.contactLine, data.clinic)
  if (!date && !contact) return html``
  return html`<section class="follow-up" aria-labelledby="follow-up-heading"><h2 id="follow-up-heading">Next steps</h2>${date ? html`<p>Your follow-up appointment: <strong>${date}</strong></p>` : ''}${
    contact ? html`<p>Questions? ${contact}</p>` : ''
  }</section>`
}

export function sharedHandoutPageHtml(data: SharedHandoutPageData): string {
  // One shared Intl formatter: building one per call (toLocaleDateString) was a tenth of this page's CPU.
  const created = formatLongDate(data.createdAt) ?? ''
  // Warning-signs blocks come with the content model that is being built separately; when they
  // exist, they render here, before everything else under the title.
  return documentHtml({
    largePrint: data.largePrint ?? false,
    // The title names no patient: it shows up in browser history and tab lists.
    title: 'Your handout',
    clinic: data.clinic,
    body: html`<h1>${data.title}</h1>
<p class="meta">Prepared for ${data.patientName} on ${created}</p>
<div class="actions no-print"><a class="button" href="/p/${data.token}/pdf" download>Download PDF</a><button type="button" class="button--secondary" data-print hidden>Print</button></div>
${data.preferredName ? html`<p>Hello ${data.preferredName},</p>` : ''}
${handoutBodyHtml({ instructions: data.instructions, sections: data.sections, mainMessages: data.mainMessages })}
${followUpHtml(data)}
<footer class="contact"><p>Questions about this information? Contact ${contactLine(data.clinic)}.</p><p class="muted">This handout was prepared for you by your care team. It does not replace their advice.</p></footer>`,
  })
}

/**
 * The pages for a link that shows no handout. Each says honestly why (the
 * clinic ended it, it ran out, it was closed after wrong answers, or there is
 * no such page), and each gives the clinic's phone and the emergency line: a
 * patient who came back to check their warning signs must not be left with
 * nothing to do.
 */
function noHandoutPageHtml({ title, heading, clinic, body }: { title: string; heading: string; clinic: ClinicContact; body: SafeHtml }): string {
  return documentHtml({
    title,
    clinic,
    body: html`<h1>${heading}</h1>
${body}
${emergencyLineHtml()}`,
  })
}

/** The clinician revoked the link, or deleted the handout: it is gone for good, not merely out of date. */
export function shareRevokedPageHtml(clinic: ClinicContact): string {
  return noHandoutPageHtml({
    title: 'Handout no longer available',
    heading: 'This handout is no longer available',
    clinic,
    body: html`<p>Your clinic has stopped sharing this handout online.</p>
<p>If you still need it, or have questions, contact ${contactLine(clinic)}.</p>`,
  })
}

export function shareExpiredPageHtml(clinic: ClinicContact): string {
  return noHandoutPageHtml({
    title: 'Link expired',
    heading: 'This link has expired',
    clinic,
    body: html`<p>For your privacy, handout links stop working after a set time.</p>
<p>Please contact ${contactLine(clinic)} for a new copy.</p>`,
  })
}

/**
 * One page for every link that opens nothing: unknown, malformed, or its
 * handout gone from the database. It names the clinic (one per install), so
 * it tells nobody more than the link itself did.
 */
export function shareNotFoundPageHtml(clinic: ClinicContact): string {
  return noHandoutPageHtml({
    title: 'Page not found',
    heading: 'Page not found',
    clinic,
    body: html`<p>This page does not exist. If someone gave you a link to a handout, check that it was copied in full, or ask your clinic for a new one.</p>
<p>Contact ${contactLine(clinic)}.</p>`,
  })
}

export function shareAccessCheckPageHtml({
  check,
  clinic,
  error,
}: {
  check: Exclude<ShareAccessCheck, 'none'>
  clinic: ClinicContact
  error?: string | null
}): string {
  const prompt = accessCheckPrompt(check)
  const describedBy = error ? 'answer-error answer-hint' : 'answer-hint'
  return documentHtml({
    title: 'Confirm it is you',
    clinic,
    body: html`<h1>Confirm it is you</h1>
<p>To keep your information private, enter the ${check === 'access-code' ? 'access code from your paper handout' : 'year you were born'} to open your handout.</p>
${error ? html`<p id="answer-error" class="error" role="alert">${error}</p>` : ''}
<form method="post">
<label for="answer">${prompt.label}</label><span id="answer-hint" class="hint">${prompt.hint}</span>
<input id="answer" name="answer" type="text" inputmode="numeric" autocomplete="${check === 'access-code' ? 'one-time-code' : 'bday-year'}" maxlength="${check === 'access-code' ? 9 : 4}" required aria-describedby="${describedBy}"${error ? html` aria-invalid="true" autofocus` : ''}>
<div class="actions"><button type="submit">Show my handout</button></div>
</form>
<p class="muted">Can&#39;t find it? Contact ${contactLine(clinic)}.</p>`,
  })
}

export function shareLockedPageHtml({ clinic, until, now }: { clinic: ClinicContact; until: Date; now: Date }): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))
  return documentHtml({
    title: 'Too many tries',
    clinic,
    body: html`<h1>Too many tries</h1>
<p role="alert">For your privacy this link is paused for ${minutes} minute${minutes === 1 ? '' : 's'} after several wrong answers.</p>
<p>Try again later, or contact ${contactLine(clinic)}.</p>`,
  })
}

/** After repeated wrong answers the link is closed until the clinic makes a new one (410, like an expired link). */
export function shareBlockedPageHtml(clinic: ClinicContact): string {
  return noHandoutPageHtml({
    title: 'Link closed',
    heading: 'This link is closed',
    clinic,
    body: html`<p>For your privacy, this link was closed after several wrong answers.</p>
<p>Please contact ${contactLine(clinic)} and ask for a new link.</p>`,
  })
}

export function shareRateLimitedPageHtml(retryAfterSeconds: number): string {
  return documentHtml({
    title: 'Too many requests',
    body: html`<h1>Please wait a moment</h1>
<p>This page was asked for too often from your network. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.</p>`,
  })
}

/**
 * The database cannot be reached (a restart, an outage): 503. The clinic's
 * name and phone as this server last knew them, when it knew them; never the
 * cause, which is the operator's business.
 */
export function shareUnavailablePageHtml(clinic: ClinicContact | null): string {
  return documentHtml({
    title: 'Please try again shortly',
    clinic: clinic ?? undefined,
    body: html`<h1>Your handout cannot be shown just now</h1>
<p role="alert">Our system is briefly unavailable. Please try again in a few minutes.</p>
${clinic ? html`<p>If you need advice before then, contact ${contactLine(clinic)}.</p>` : ''}
<p>In an emergency, call your local emergency number.</p>`,
  })
}
