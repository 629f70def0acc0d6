import { contactText, formatLongDate } from '@/lib/handouts/formatHandoutText'
import type { TopicMainMessage } from '@/lib/handouts/mainMessages'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'
import { type Locale, LOCALE_CODES, localeInfo, localeOf } from '@/lib/i18n/locales'
import { type PatientMessages, patientMessages } from '@/lib/i18n/patientMessages'

import type { ShareAccessCheck } from '../accessCheck'
import { LOCKOUT_DURATION_MS } from '../accessLockout'
import { type CheckFeedback, checkUnderstandingHtml } from './checkUnderstandingHtml'
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
 *
 * Every word is the handout's language (lib/i18n/messages): a page that knows
 * the handout says everything in its language; a page that cannot know which
 * handout was meant (unknown link, rate limit, outage) says it in every
 * language, the reader's browser language first.
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
  locale,
  largePrint = false,
}: {
  title: string
  clinic?: PatientHeaderClinic
  body: SafeHtml
  /** The page's language: `lang` and `dir` of the document, the skip link's words. */
  locale: Locale
  largePrint?: boolean
}): string {
  const { tag, direction } = localeInfo(locale)
  return html`<!doctype html>
<html lang="${tag}" dir="${direction}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="same-origin"><title>${title}</title><style>${trustedHtml(PATIENT_PAGE_CSS)}</style></head>
<body><a class="skip-link" href="#main">${patientMessages(locale).skipToContent}</a>${clinic ? patientHeaderHtml(clinic) : ''}
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
  /** The handout's `language` (a LOCALES code); English when missing. */
  language?: string | null
  largePrint?: boolean
  followUpDate?: string | null
  contactLine?: string | null
  /** Right after the patient posted a "Check your understanding" form: what to say about it. */
  checkFeedback?: CheckFeedback | null
}

function followUpHtml(data: SharedHandoutPageData, locale: Locale, words: PatientMessages): SafeHtml {
  const date = formatLongDate(data.followUpDate, locale)
  const contact = contactText(data.contactLine, data.clinic, locale)
  if (!date && !contact) return html``
  return html`<section class="follow-up" aria-labelledby="follow-up-heading"><h2 id="follow-up-heading">${words.nextSteps}</h2>${
    date ? html`<p>${words.followUpAppointment(html`<strong>${date}</strong>`)}</p>` : ''
  }${contact ? html`<p>${words.followUpQuestions(contact)}</p>` : ''}</section>`
}

export function sharedHandoutPageHtml(data: SharedHandoutPageData): string {
  const locale = localeOf(data.language)
  const words = patientMessages(locale)
  const created = formatLongDate(data.createdAt, locale) ?? ''
  // The questions are answered in their own part after the sections (checkUnderstandingHtml), not listed twice.
  const readingSections = data.sections.filter((section) => section.blockType !== 'check')
  return documentHtml({
    locale,
    largePrint: data.largePrint ?? false,
    // The title names no patient: it shows up in browser history and tab lists.
    title: words.handoutPageTitle,
    clinic: data.clinic,
    body: html`<h1>${data.title}</h1>
<p class="meta">${words.preparedFor(data.patientName, created)}</p>
<div class="actions no-print"><a class="button" href="/p/${data.token}/pdf" download>${words.downloadPdf}</a><button type="button" class="button--secondary" data-print hidden>${words.print}</button></div>
${data.preferredName ? html`<p>${words.greeting(data.preferredName)}</p>` : ''}
${handoutBodyHtml({ instructions: data.instructions, sections: readingSections, mainMessages: data.mainMessages, locale })}
${checkUnderstandingHtml({ token: data.token, sections: data.sections, feedback: data.checkFeedback, locale })}
${followUpHtml(data, locale, words)}
<footer class="contact"><p>${words.footerQuestions(contactLine(data.clinic))}</p><p class="muted">${words.footerDisclaimer}</p></footer>`,
  })
}

/** What a page says in one language: its title, its heading, the paragraphs under it. */
interface PageText {
  title: string
  heading: string
  body: SafeHtml
}

/**
 * A page in one language, or in several: the first is the page (its `lang`, its
 * `h1`), each other follows as a section in its own language under an `h2`, so
 * a screen reader switches voice and a reader who skips to headings finds it.
 * With `emergencyLine`, each language ends with the tappable emergency line.
 */
function pageInLanguages({
  locales,
  clinic,
  text,
  emergencyLine = false,
}: {
  locales: readonly Locale[]
  clinic?: ClinicContact
  text: (words: PatientMessages) => PageText
  emergencyLine?: boolean
}): string {
  const [first = LOCALE_CODES[0]!, ...others] = locales
  const texts = [first, ...others].map((locale) => ({ locale, words: patientMessages(locale), ...text(patientMessages(locale)) }))
  const [main, ...rest] = texts
  const withEmergencyLine = (body: SafeHtml, words: PatientMessages) => (emergencyLine ? html`${body}\n${emergencyLineHtml(words)}` : body)
  return documentHtml({
    locale: first,
    title: texts.map((entry) => entry.title).join(' · '),
    clinic,
    body: html`<h1>${main!.heading}</h1>
${withEmergencyLine(main!.body, main!.words)}${rest.map(({ locale, words, heading, body }) => {
      const { tag, direction } = localeInfo(locale)
      return html`
<section class="other-language" lang="${tag}" dir="${direction}" aria-labelledby="heading-${locale}"><h2 id="heading-${locale}">${heading}</h2>
${withEmergencyLine(body, words)}</section>`
    })}`,
  })
}

/**
 * The pages for a link that shows no handout. Each says honestly why (the
 * clinic ended it, it ran out, it was closed after wrong answers, or there is
 * no such page), and each gives the clinic's phone and the emergency line: a
 * patient who came back to check their warning signs must not be left with
 * nothing to do.
 */
function noHandoutPageHtml(args: { locales: readonly Locale[]; clinic: ClinicContact; text: (words: PatientMessages) => PageText }): string {
  return pageInLanguages({ ...args, emergencyLine: true })
}

/** The clinician revoked the link, or deleted the handout: it is gone for good, not merely out of date. */
export function shareRevokedPageHtml(clinic: ClinicContact, locale: Locale): string {
  return noHandoutPageHtml({
    locales: [locale],
    clinic,
    text: (words) => ({
      title: words.revokedTitle,
      heading: words.revokedHeading,
      body: html`<p>${words.revokedBody}</p>
<p>${words.revokedContact(contactLine(clinic))}</p>`,
    }),
  })
}

export function shareExpiredPageHtml(clinic: ClinicContact, locale: Locale): string {
  return noHandoutPageHtml({
    locales: [locale],
    clinic,
    text: (words) => ({
      title: words.expiredTitle,
      heading: words.expiredHeading,
      body: html`<p>${words.expiredBody}</p>
<p>${words.expiredContact(contactLine(clinic))}</p>`,
    }),
  })
}

/**
 * One page for every link that opens nothing: unknown, malformed, or its
 * handout gone from the database. It names the clinic (one per install), so
 * it tells nobody more than the link itself did. No handout, so no language to
 * choose: it speaks every language, `locales` in the order the reader prefers.
 */
export function shareNotFoundPageHtml(clinic: ClinicContact, locales: readonly Locale[] = LOCALE_CODES): string {
  return noHandoutPageHtml({
    locales,
    clinic,
    text: (words) => ({
      title: words.notFoundTitle,
      heading: words.notFoundHeading,
      body: html`<p>${words.notFoundBody}</p>
<p>${words.notFoundContact(contactLine(clinic))}</p>`,
    }),
  })
}

/** Why the last answer was refused: not a code or year at all, or the wrong one. */
export type AccessAnswerProblem = { kind: 'malformed' } | { kind: 'wrong'; attemptsLeft: number }

const LOCKOUT_MINUTES = Math.round(LOCKOUT_DURATION_MS / 60_000)

function accessAnswerProblemText(check: Exclude<ShareAccessCheck, 'none'>, problem: AccessAnswerProblem, words: PatientMessages): string {
  const asksCode = check === 'access-code'
  if (problem.kind === 'malformed') return asksCode ? words.accessCodeMalformed : words.birthYearMalformed
  return (asksCode ? words.accessCodeWrong : words.birthYearWrong)(problem.attemptsLeft, LOCKOUT_MINUTES)
}

export function shareAccessCheckPageHtml({
  check,
  clinic,
  locale,
  problem,
  action,
}: {
  check: Exclude<ShareAccessCheck, 'none'>
  clinic: ClinicContact
  locale: Locale
  problem?: AccessAnswerProblem | null
  /** Where the form posts; its own URL when missing. Set when the page answers another URL (`/p/<token>/answers`). */
  action?: string
}): string {
  const words = patientMessages(locale)
  const asksCode = check === 'access-code'
  const error = problem ? accessAnswerProblemText(check, problem, words) : null
  const describedBy = error ? 'answer-error answer-hint' : 'answer-hint'
  return documentHtml({
    locale,
    title: words.accessCheckTitle,
    clinic,
    body: html`<h1>${words.accessCheckTitle}</h1>
<p>${asksCode ? words.accessCheckIntroAccessCode : words.accessCheckIntroBirthYear}</p>
${error ? html`<p id="answer-error" class="error" role="alert">${error}</p>` : ''}
<form method="post"${action ? html` action="${action}"` : ''}>
<label for="answer">${asksCode ? words.accessCodeLabel : words.birthYearLabel}</label><span id="answer-hint" class="hint">${asksCode ? words.accessCodeHint : words.birthYearHint}</span>
<input id="answer" name="answer" type="text" inputmode="numeric" autocomplete="${asksCode ? 'one-time-code' : 'bday-year'}" maxlength="${asksCode ? 9 : 4}" required aria-describedby="${describedBy}"${error ? html` aria-invalid="true" autofocus` : ''}>
<div class="actions"><button type="submit">${words.showMyHandout}</button></div>
</form>
<p class="muted">${words.accessCheckHelp(contactLine(clinic))}</p>`,
  })
}

export function shareLockedPageHtml({ clinic, until, now, locale }: { clinic: ClinicContact; until: Date; now: Date; locale: Locale }): string {
  const words = patientMessages(locale)
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))
  return documentHtml({
    locale,
    title: words.lockedTitle,
    clinic,
    body: html`<h1>${words.lockedTitle}</h1>
<p role="alert">${words.lockedBody(minutes)}</p>
<p>${words.lockedContact(contactLine(clinic))}</p>`,
  })
}

/** After repeated wrong answers the link is closed until the clinic makes a new one (410, like an expired link). */
export function shareBlockedPageHtml(clinic: ClinicContact, locale: Locale): string {
  return noHandoutPageHtml({
    locales: [locale],
    clinic,
    text: (words) => ({
      title: words.blockedTitle,
      heading: words.blockedHeading,
      body: html`<p>${words.blockedBody}</p>
<p>${words.blockedContact(contactLine(clinic))}</p>`,
    }),
  })
}

/** Answered before any link is looked up, so in every language (see shareNotFoundPageHtml). */
export function shareRateLimitedPageHtml(retryAfterSeconds: number, locales: readonly Locale[] = LOCALE_CODES): string {
  return pageInLanguages({
    locales,
    text: (words) => ({ title: words.rateLimitedTitle, heading: words.rateLimitedHeading, body: html`<p>${words.rateLimitedBody(retryAfterSeconds)}</p>` }),
  })
}

/**
 * The database cannot be reached (a restart, an outage): 503. The clinic's
 * name and phone as this server last knew them, when it knew them; never the
 * cause, which is the operator's business. No handout can be read, so in every language.
 */
export function shareUnavailablePageHtml(clinic: ClinicContact | null, locales: readonly Locale[] = LOCALE_CODES): string {
  return pageInLanguages({
    locales,
    clinic: clinic ?? undefined,
    text: (words) => ({
      title: words.unavailableTitle,
      heading: words.unavailableHeading,
      body: html`<p role="alert">${words.unavailableBody}</p>
${clinic ? html`<p>${words.unavailableContact(contactLine(clinic))}</p>` : ''}
<p>${words.unavailableEmergency}</p>`,
    }),
  })
}
