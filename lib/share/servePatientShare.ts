import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { isSameOrigin } from '@/lib/auth/isSameOrigin'
import { loadClinic } from '@/lib/clinic/loadClinic'
import { handoutMainMessages } from '@/lib/handouts/mainMessages'
import { renderHandoutPdfResponse } from '@/lib/handouts/renderHandoutPdfResponse'
import { handoutSectionSnapshots } from '@/lib/handouts/toHandoutDocumentData'
import { type Locale, localeOf } from '@/lib/i18n/locales'
import { localesByPreference } from '@/lib/i18n/localesByPreference'
import { type PatientMessages, patientMessages } from '@/lib/i18n/patientMessages'
import { clientAddressOf } from '@/lib/net/clientAddress'
import { PdfFontCoverageError } from '@/lib/pdf/fontCoverage'
import { checkPatientAnswers } from '@/lib/teachBack/checkPatientAnswers'
import { readPatientAnswerForm } from '@/lib/teachBack/readPatientAnswerForm'
import { recordPatientAnswers } from '@/lib/teachBack/recordPatientAnswers'
import type { Handout } from '@/payload-types'

import { normaliseAccessAnswer } from './accessCheck'
import { ACCESS_COOKIE_NAME, accessCookieHeader, isValidAccessCookieValue, readCookie, signAccessCookieValue } from './accessCookie'
import { attemptShareAccess } from './attemptShareAccess'
import { consumeShareRateLimit } from './consumeShareRateLimit'
import { openShareLinkWithinRateLimit } from './openShareLinkWithinRateLimit'
import { type CheckFeedback, checkSectionsOf } from './patientPage/checkUnderstandingHtml'
import {
  type AccessAnswerProblem,
  type ClinicContact,
  shareAccessCheckPageHtml,
  shareBlockedPageHtml,
  sharedHandoutPageHtml,
  shareExpiredPageHtml,
  shareLockedPageHtml,
  shareNotFoundPageHtml,
  shareRateLimitedPageHtml,
  shareRevokedPageHtml,
} from './patientPage/patientPages'
import { cachedPatientPageBytes, patientPageCacheKey } from './patientPageHtmlCache'
import { patientResponseHeaders, withPatientHeaders } from './patientResponseHeaders'
import { type RateLimitDecision, shareRateLimitPerMinute } from './rateLimitWindow'
import { recordSharePdfDownload } from './recordShareActivity'
import { type ResolvedLink, type ResolvedShareLink, resolveShareLink } from './resolveShareLink'
import { readSharedHandout } from './sharedHandoutCache'
import { hashShareToken } from './shareToken'
import { shareUrlFor } from './shareUrl'

/**
 * Everything that happens at `/p/<token>`, `/p/<token>/pdf` and `/p/<token>/answers`, as plain
 * functions of (payload, request, token, clock) so tests can call them
 * directly. The route handlers only pass the request in.
 *
 * Logging rule: the token never goes to a log; `link.tokenId` (10 hex
 * characters of its hash) identifies a link for support.
 */
interface ServeArgs {
  payload: Payload
  request: Request
  token: string
  now?: Date
  /** Requests per minute per client; defaults to CARELEAF_SHARE_RATE_LIMIT_PER_MINUTE or 60. */
  rateLimit?: number
  /** Who is asking; defaults to the request's TCP peer as our server reported it (lib/net/clientAddress.ts). */
  clientAddress?: string
}

function page(body: string | Uint8Array<ArrayBuffer>, status: number, extraHeaders: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: patientResponseHeaders('page', { 'Content-Type': 'text/html; charset=utf-8', ...extraHeaders }) })
}

function text(body: string, status: number, extraHeaders: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: patientResponseHeaders('file', { 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders }) })
}

/** The reader's languages, their browser's first, for an answer that cannot know which handout was meant. */
function readerLocales(request: Request): Locale[] {
  return localesByPreference(request.headers.get('accept-language'))
}

/** One plain-text answer in each of `locales`, a blank line between them. */
function textInLanguages(locales: readonly Locale[], words: (messages: PatientMessages) => string): string {
  return locales.map((locale) => words(patientMessages(locale))).join('\n\n')
}

/** Who is asking and how often they may, for this request. */
function rateLimitOf({ request, rateLimit, clientAddress }: ServeArgs): { clientAddress: string; limit: number } {
  return { clientAddress: clientAddress ?? clientAddressOf(request.headers), limit: rateLimit ?? shareRateLimitPerMinute() }
}

/** The 429 for a client over its limit. */
function rateLimitedResponse(request: Request, decision: RateLimitDecision, kind: 'page' | 'file'): Response {
  const headers = { 'Retry-After': String(decision.retryAfterSeconds) }
  // Asked before any link is looked up: no handout, so no language but the reader's.
  const locales = readerLocales(request)
  return kind === 'page'
    ? page(shareRateLimitedPageHtml(decision.retryAfterSeconds, locales), 429, headers)
    : text(
        textInLanguages(locales, (words) => words.tooManyRequests),
        429,
        headers,
      )
}

/** Returns the 429 response when this client is over its limit, else null. */
async function rateLimited(args: ServeArgs, kind: 'page' | 'file'): Promise<Response | null> {
  const decision = await consumeShareRateLimit({ payload: args.payload, ...rateLimitOf(args), now: args.now })
  return decision.allowed ? null : rateLimitedResponse(args.request, decision, kind)
}

/**
 * What refuses a form the patient page posts (the access check, the teach-back answers) before the link is read:
 * the rate limit, then anything but the page itself posting (the rule server actions use). `Origin: null` is
 * refused too: our pages are `same-origin` referrer policy, so a browser sends the real origin; null means a
 * sandboxed frame or a data: page. Said in every language, the reader's first, since no link is read yet.
 */
async function refusedFormPost(args: ServeArgs & { now: Date }): Promise<Response | null> {
  const limited = await rateLimited(args, 'page')
  if (limited) return limited
  if (!isSameOrigin(args.request, { allowMissing: true }))
    return text(
      textInLanguages(readerLocales(args.request), (words) => words.formOnlyOnItsPage),
      403,
    )
  return null
}

/** Whether the request carries this link's access cookie; bound to the token's hash, so it needs no database read. */
function hasAccessCookie({ payload, request, tokenHash, now }: { payload: Payload; request: Request; tokenHash: string; now: Date }): boolean {
  return isValidAccessCookieValue({ secret: payload.secret, tokenHash, value: readCookie(request.headers.get('cookie'), ACCESS_COOKIE_NAME), now })
}

function hasPassedCheck({ payload, request, link, now }: { payload: Payload; request: Request; link: ResolvedLink; now: Date }): boolean {
  if (link.accessCheck === 'none') return true
  return hasAccessCookie({ payload, request, tokenHash: link.tokenHash, now })
}

type NoHandout = Exclude<ResolvedShareLink, { status: 'ok' }>

/**
 * The page for a link that shows no handout, and its status: 404 when there is no such link (in every language,
 * the reader's first: there is no handout to take one from), 410 when it is gone (in the handout's language).
 */
function noHandoutPage(resolved: NoHandout, clinic: ClinicContact, request: Request): Response {
  switch (resolved.status) {
    case 'not-found':
      return page(shareNotFoundPageHtml(clinic, readerLocales(request)), 404)
    case 'revoked':
      return page(shareRevokedPageHtml(clinic, resolved.locale), 410)
    case 'expired':
      return page(shareExpiredPageHtml(clinic, resolved.locale), 410)
    case 'blocked':
      return page(shareBlockedPageHtml(clinic, resolved.locale), 410)
  }
}

function handoutPageHtml({
  token,
  clinic,
  handout,
  checkFeedback = null,
}: {
  token: string
  clinic: ClinicContact
  handout: Handout
  checkFeedback?: CheckFeedback | null
}): string {
  return sharedHandoutPageHtml({
    token,
    clinic,
    title: handout.title,
    patientName: handout.patientName,
    createdAt: handout.createdAt,
    instructions: handout.instructions,
    sections: handoutSectionSnapshots(handout),
    mainMessages: handoutMainMessages(handout),
    preferredName: handout.preferredName,
    language: handout.language,
    largePrint: handout.largePrint ?? false,
    followUpDate: handout.followUpDate,
    contactLine: handout.contactLine,
    checkFeedback,
  })
}

function handoutPage(args: { token: string; clinic: ClinicContact; handout: Handout }): Response {
  return page(handoutPageHtml(args), 200)
}

/**
 * The patient's page. The common case (an active link being read) costs one
 * statement, one round trip: the rate-limit count, and, within the limit, the
 * open counted with its audit row (openShareLinkWithinRateLimit); the clinic
 * row, a just-read handout and its rendered page come from short-lived
 * in-process caches. Anything else (unknown, expired, revoked, check not yet
 * passed) takes the slow path and counts nothing.
 */
export async function servePatientSharePage(args: ServeArgs): Promise<Response> {
  const { payload, request, token } = args
  const now = args.now ?? new Date()

  // Any token, well formed or not, takes the same steps to "not found" (see findShareLinkByToken): the answer's
  // timing says nothing about what a link looks like, let alone whether one exists.
  const tokenHash = hashShareToken(token)
  const { decision, opened } = await openShareLinkWithinRateLimit({
    payload,
    tokenHash,
    checkPassed: hasAccessCookie({ payload, request, tokenHash, now }),
    ...rateLimitOf(args),
    now,
  })
  if (!decision.allowed) return rateLimitedResponse(request, decision, 'page')
  if (opened) {
    const [handout, clinic] = await Promise.all([
      readSharedHandout({ payload, handoutId: opened.handoutId, updatedAt: opened.handoutUpdatedAt }),
      loadClinic(payload),
    ])
    if (!handout) return noHandoutPage({ status: 'not-found' }, clinic, request)
    const key = patientPageCacheKey({ tokenHash, handoutId: handout.id, handoutUpdatedAt: opened.handoutUpdatedAt, clinic })
    return page(
      cachedPatientPageBytes(key, () => handoutPageHtml({ token, clinic, handout })),
      200,
    )
  }

  const [resolved, clinic] = await Promise.all([resolveShareLink({ payload, token, now }), loadClinic(payload)])
  if (resolved.status !== 'ok') return noHandoutPage(resolved, clinic, request)
  const { link, handout } = resolved
  if (link.accessCheck !== 'none' && !hasPassedCheck({ payload, request, link, now }))
    return page(shareAccessCheckPageHtml({ check: link.accessCheck, clinic, locale: localeOf(handout.language) }), 200)
  // Viewable now but not a moment ago (a clock edge): show it; the open goes uncounted rather than twice.
  return handoutPage({ token, clinic, handout })
}

/** The access-check form: right answer → cookie and back to the page; wrong → say so; too many → locked. */
export async function submitPatientShareAnswer(args: ServeArgs): Promise<Response> {
  const { payload, request, token } = args
  const now = args.now ?? new Date()
  const refused = await refusedFormPost({ ...args, now })
  if (refused) return refused

  const [resolved, clinic] = await Promise.all([resolveShareLink({ payload, token, now }), loadClinic(payload)])
  if (resolved.status !== 'ok') return noHandoutPage(resolved, clinic, request)
  const { link } = resolved
  const locale = localeOf(resolved.handout.language)
  const back = { Location: `/p/${token}` }
  if (link.accessCheck === 'none') return new Response(null, { status: 303, headers: patientResponseHeaders('page', back) })

  const form = await request.formData().catch(() => null)
  const raw = form?.get('answer')
  const answer = typeof raw === 'string' ? normaliseAccessAnswer(link.accessCheck, raw, now) : null
  if (!answer) {
    // A malformed answer cannot be right, so it costs no attempt.
    const problem: AccessAnswerProblem = { kind: 'malformed' }
    return page(shareAccessCheckPageHtml({ check: link.accessCheck, clinic, locale, problem }), 400)
  }

  const attempt = await attemptShareAccess({ payload, link, answer, now })
  if (attempt.status === 'blocked') return page(shareBlockedPageHtml(clinic, locale), 410)
  if (attempt.status === 'locked') {
    const retryAfter = String(Math.max(1, Math.ceil((attempt.until.getTime() - now.getTime()) / 1000)))
    return page(shareLockedPageHtml({ clinic, until: attempt.until, now, locale }), 423, { 'Retry-After': retryAfter })
  }
  if (attempt.status === 'wrong') {
    const problem: AccessAnswerProblem = { kind: 'wrong', attemptsLeft: attempt.attemptsLeft }
    return page(shareAccessCheckPageHtml({ check: link.accessCheck, clinic, locale, problem }), 403)
  }
  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
  const cookie = accessCookieHeader({ token, value: signAccessCookieValue({ secret: payload.secret, tokenHash: link.tokenHash, now }), secure })
  return new Response(null, { status: 303, headers: patientResponseHeaders('page', { ...back, 'Set-Cookie': cookie }) })
}

export async function servePatientSharePdf(args: ServeArgs): Promise<Response> {
  const { payload, request, token } = args
  const now = args.now ?? new Date()
  const limited = await rateLimited({ ...args, now }, 'file')
  if (limited) return limited

  const resolved = await resolveShareLink({ payload, token, now })
  if (resolved.status === 'not-found')
    return text(
      textInLanguages(readerLocales(request), (words) => words.pdfNotFound),
      404,
    )
  if (resolved.status !== 'ok') {
    const words = patientMessages(resolved.locale)
    return text({ revoked: words.pdfRevoked, expired: words.pdfExpired, blocked: words.pdfBlocked }[resolved.status], 410)
  }
  const { link, handout } = resolved
  // Without the check, the PDF would be a way round it.
  if (!hasPassedCheck({ payload, request, link, now }))
    return new Response(null, { status: 303, headers: patientResponseHeaders('file', { Location: `/p/${token}` }) })

  const shareUrl = shareUrlFor(token, request)
  let response: Response
  try {
    response = await renderHandoutPdfResponse({ payload, handout, shareUrl, shareAccess: { asksBirthYear: link.accessCheck === 'birth-year' } })
  } catch (error) {
    if (!(error instanceof PdfFontCoverageError)) throw error
    // The PDF fonts cannot draw this handout: say so to the patient, in their language, and point them to the page.
    console.warn(`[careleaf] PDF for link ${link.tokenId} refused: ${error.message}`)
    return text(patientMessages(localeOf(handout.language)).pdfCannotDraw, 422)
  }
  await Promise.all([
    recordSharePdfDownload({ payload, linkId: link.id }),
    recordAuditEvent({ payload, action: 'share.pdf', actorId: null, target: { collection: 'handouts', id: handout.id }, detail: `link ${link.tokenId}` }),
  ])
  return withPatientHeaders(response, 'file')
}

/** Each way a posted answer form is refused before it is read, and its status. */
const UNREADABLE_FORM_STATUS = { 'unsupported-type': 415, 'too-large': 413, unreadable: 400 } as const

/**
 * A patient's answers to one "Check your understanding" form (`POST
 * /p/<token>/answers`). Guarded exactly like the page: rate limit, same-origin,
 * a live link (else the page's own 404/410), the patient check passed (the
 * access cookie). Then the form is read against the handout's own questions,
 * all or nothing, and stored in one statement that re-checks the link
 * (recordPatientAnswers). The answer is the handout page itself, with the
 * feedback in that form, its summary focused: no redirect, so no second open
 * counted and nothing about the answers in a URL. Anything the page could not
 * have sent is a 4xx that stores nothing; a question left unanswered is a 400
 * that shows the form again with the answers given and an error summary.
 * Nothing about the answers is logged.
 */
export async function submitTeachBackAnswers(args: ServeArgs): Promise<Response> {
  const { payload, request, token } = args
  const now = args.now ?? new Date()
  const refused = await refusedFormPost({ ...args, now })
  if (refused) return refused

  const [resolved, clinic] = await Promise.all([resolveShareLink({ payload, token, now }), loadClinic(payload)])
  if (resolved.status !== 'ok') return noHandoutPage(resolved, clinic, request)
  const { link, handout } = resolved
  const locale = localeOf(handout.language)
  // Without the check, answering would be a way to learn that a link is live and what it is about.
  if (link.accessCheck !== 'none' && !hasPassedCheck({ payload, request, link, now }))
    return page(shareAccessCheckPageHtml({ check: link.accessCheck, clinic, locale, action: `/p/${token}` }), 403)

  const answerPage = (checkFeedback: CheckFeedback, status: number) => page(handoutPageHtml({ token, clinic, handout, checkFeedback }), status)
  const form = await readPatientAnswerForm(request)
  if (form.status !== 'ok') return answerPage({ kind: 'unreadable', sectionId: null }, UNREADABLE_FORM_STATUS[form.status])

  const sections = handoutSectionSnapshots(handout)
  const checked = checkPatientAnswers(form.fields, checkSectionsOf(sections))
  if (checked.status === 'unreadable') return answerPage({ kind: 'unreadable', sectionId: checked.section?.sectionId ?? null }, 400)
  if (checked.status === 'missing') {
    const { section, answers, missing } = checked
    return answerPage({ kind: 'missing', sectionId: section.sectionId, answers, missing }, 400)
  }

  const { section, answers } = checked
  const recorded = await recordPatientAnswers({
    payload,
    linkId: link.id,
    answers: answers.map((answer) => ({ ...answer, topicId: section.topicId })),
    now,
  })
  if (recorded === null) {
    // Revoked, closed or expired between the read above and the write: the page's answer for that link now.
    const after = await resolveShareLink({ payload, token, now })
    return noHandoutPage(after.status === 'ok' ? { status: 'revoked', link, locale } : after, clinic, request)
  }
  const chosen = new Map(answers.map((answer) => [answer.question.id, answer.answer]))
  return answerPage({ kind: 'answered', sectionId: section.sectionId, answers: chosen }, 200)
}
