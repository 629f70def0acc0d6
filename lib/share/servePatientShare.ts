import type { Payload } from 'payload'

import { recordAuditEvent } from '@/lib/audit/recordAuditEvent'
import { isSameOrigin } from '@/lib/auth/isSameOrigin'
import { loadClinic } from '@/lib/clinic/loadClinic'
import { handoutMainMessages } from '@/lib/handouts/mainMessages'
import { renderHandoutPdfResponse } from '@/lib/handouts/renderHandoutPdfResponse'
import { handoutSectionSnapshots } from '@/lib/handouts/toHandoutDocumentData'
import { clientAddressOf } from '@/lib/net/clientAddress'
import type { Handout } from '@/payload-types'

import { normaliseAccessAnswer } from './accessCheck'
import { ACCESS_COOKIE_NAME, accessCookieHeader, isValidAccessCookieValue, readCookie, signAccessCookieValue } from './accessCookie'
import { attemptShareAccess } from './attemptShareAccess'
import { consumeShareRateLimit } from './consumeShareRateLimit'
import {
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
import { cachedPatientPageHtml, patientPageCacheKey } from './patientPageHtmlCache'
import { patientResponseHeaders, withPatientHeaders } from './patientResponseHeaders'
import { shareRateLimitPerMinute } from './rateLimitWindow'
import { openShareLink, recordSharePdfDownload } from './recordShareActivity'
import { type ResolvedLink, type ResolvedShareLink, resolveShareLink } from './resolveShareLink'
import { readSharedHandout } from './sharedHandoutCache'
import { hashShareToken } from './shareToken'
import { shareUrlFor } from './shareUrl'

/**
 * Everything that happens at `/p/<token>` and `/p/<token>/pdf`, as plain
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

function page(body: string, status: number, extraHeaders: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: patientResponseHeaders('page', { 'Content-Type': 'text/html; charset=utf-8', ...extraHeaders }) })
}

function text(body: string, status: number, extraHeaders: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: patientResponseHeaders('file', { 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders }) })
}

/** Returns the 429 response when this client is over its limit, else null. */
async function rateLimited({ payload, request, now, rateLimit, clientAddress }: ServeArgs, kind: 'page' | 'file'): Promise<Response | null> {
  const decision = await consumeShareRateLimit({
    payload,
    clientAddress: clientAddress ?? clientAddressOf(request.headers),
    limit: rateLimit ?? shareRateLimitPerMinute(),
    now,
  })
  if (decision.allowed) return null
  const headers = { 'Retry-After': String(decision.retryAfterSeconds) }
  return kind === 'page'
    ? page(shareRateLimitedPageHtml(decision.retryAfterSeconds), 429, headers)
    : text('Too many requests. Try again shortly.', 429, headers)
}

/** Whether the request carries this link's access cookie; bound to the token's hash, so it needs no database read. */
function hasAccessCookie({ payload, request, tokenHash, now }: { payload: Payload; request: Request; tokenHash: string; now: Date }): boolean {
  return isValidAccessCookieValue({ secret: payload.secret, tokenHash, value: readCookie(request.headers.get('cookie'), ACCESS_COOKIE_NAME), now })
}

function hasPassedCheck({ payload, request, link, now }: { payload: Payload; request: Request; link: ResolvedLink; now: Date }): boolean {
  if (link.accessCheck === 'none') return true
  return hasAccessCookie({ payload, request, tokenHash: link.tokenHash, now })
}

/** The page for a link that shows no handout, and its status: 404 when there is no such link, 410 when it is gone. */
function noHandoutPage(status: Exclude<ResolvedShareLink['status'], 'ok'>, clinic: ClinicContact): Response {
  switch (status) {
    case 'not-found':
      return page(shareNotFoundPageHtml(clinic), 404)
    case 'revoked':
      return page(shareRevokedPageHtml(clinic), 410)
    case 'expired':
      return page(shareExpiredPageHtml(clinic), 410)
    case 'blocked':
      return page(shareBlockedPageHtml(clinic), 410)
  }
}

function handoutPageHtml({ token, clinic, handout }: { token: string; clinic: ClinicContact; handout: Handout }): string {
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
    largePrint: handout.largePrint ?? false,
    followUpDate: handout.followUpDate,
    contactLine: handout.contactLine,
  })
}

function handoutPage(args: { token: string; clinic: ClinicContact; handout: Handout }): Response {
  return page(handoutPageHtml(args), 200)
}

/**
 * The patient's page. The common case (an active link being read) costs two
 * statements: the rate-limit count, and one that counts the open and writes
 * its audit row (`openShareLink`); the clinic row and a just-read handout
 * come from short-lived in-process caches. Anything else (unknown, expired,
 * revoked, check not yet passed) takes the slow path and counts nothing.
 */
export async function servePatientSharePage(args: ServeArgs): Promise<Response> {
  const { payload, request, token } = args
  const now = args.now ?? new Date()
  const limited = await rateLimited({ ...args, now }, 'page')
  if (limited) return limited

  // Any token, well formed or not, takes the same steps to "not found" (see findShareLinkByToken): the answer's
  // timing says nothing about what a link looks like, let alone whether one exists.
  const tokenHash = hashShareToken(token)
  const opened = await openShareLink({ payload, tokenHash, checkPassed: hasAccessCookie({ payload, request, tokenHash, now }), now })
  if (opened) {
    const [handout, clinic] = await Promise.all([
      readSharedHandout({ payload, handoutId: opened.handoutId, updatedAt: opened.handoutUpdatedAt }),
      loadClinic(payload),
    ])
    if (!handout) return noHandoutPage('not-found', clinic)
    const key = patientPageCacheKey({ tokenHash, handoutId: handout.id, handoutUpdatedAt: opened.handoutUpdatedAt, clinic })
    return page(
      cachedPatientPageHtml(key, () => handoutPageHtml({ token, clinic, handout })),
      200,
    )
  }

  const [resolved, clinic] = await Promise.all([resolveShareLink({ payload, token, now }), loadClinic(payload)])
  if (resolved.status !== 'ok') return noHandoutPage(resolved.status, clinic)
  const { link, handout } = resolved
  if (link.accessCheck !== 'none' && !hasPassedCheck({ payload, request, link, now }))
    return page(shareAccessCheckPageHtml({ check: link.accessCheck, clinic }), 200)
  // Viewable now but not a moment ago (a clock edge): show it; the open goes uncounted rather than twice.
  return handoutPage({ token, clinic, handout })
}

/** The access-check form: right answer → cookie and back to the page; wrong → say so; too many → locked. */
export async function submitPatientShareAnswer(args: ServeArgs): Promise<Response> {
  const { payload, request, token } = args
  const now = args.now ?? new Date()
  const limited = await rateLimited({ ...args, now }, 'page')
  if (limited) return limited
  // Only the page itself posts here (the rule server actions use). `Origin: null` is refused too: our pages are
  // `same-origin` referrer policy, so a browser sends the real origin; null means a sandboxed frame or a data: page.
  if (!isSameOrigin(request, { allowMissing: true }))
    return text('This form only works on the page your clinic’s link opens. Open the link again and enter your answer there.', 403)

  const [resolved, clinic] = await Promise.all([resolveShareLink({ payload, token, now }), loadClinic(payload)])
  if (resolved.status !== 'ok') return noHandoutPage(resolved.status, clinic)
  const { link } = resolved
  const back = { Location: `/p/${token}` }
  if (link.accessCheck === 'none') return new Response(null, { status: 303, headers: patientResponseHeaders('page', back) })

  const form = await request.formData().catch(() => null)
  const raw = form?.get('answer')
  const answer = typeof raw === 'string' ? normaliseAccessAnswer(link.accessCheck, raw, now) : null
  if (!answer) {
    // A malformed answer cannot be right, so it costs no attempt.
    const error =
      link.accessCheck === 'access-code'
        ? 'Enter the 6 digits of the access code printed on your handout.'
        : 'Enter your year of birth as four digits, for example 1978.'
    return page(shareAccessCheckPageHtml({ check: link.accessCheck, clinic, error }), 400)
  }

  const attempt = await attemptShareAccess({ payload, link, answer, now })
  if (attempt.status === 'blocked') return page(shareBlockedPageHtml(clinic), 410)
  if (attempt.status === 'locked') {
    const retryAfter = String(Math.max(1, Math.ceil((attempt.until.getTime() - now.getTime()) / 1000)))
    return page(shareLockedPageHtml({ clinic, until: attempt.until, now }), 423, { 'Retry-After': retryAfter })
  }
  if (attempt.status === 'wrong') {
    const what = link.accessCheck === 'access-code' ? 'access code' : 'year of birth'
    const left = attempt.attemptsLeft === 1 ? '1 more try' : `${attempt.attemptsLeft} more tries`
    return page(
      shareAccessCheckPageHtml({
        check: link.accessCheck,
        clinic,
        error: `That ${what} is not right. Check it and try again (${left} before the link pauses for 15 minutes).`,
      }),
      403,
    )
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
  if (resolved.status === 'not-found') return text('Not found', 404)
  if (resolved.status === 'revoked') return text('This handout is no longer available. Please contact your clinic.', 410)
  if (resolved.status === 'expired') return text('This link has expired. Please contact your clinic for a new copy.', 410)
  if (resolved.status === 'blocked') return text('This link was closed after several wrong answers. Please contact your clinic for a new link.', 410)
  const { link, handout } = resolved
  // Without the check, the PDF would be a way round it.
  if (!hasPassedCheck({ payload, request, link, now }))
    return new Response(null, { status: 303, headers: patientResponseHeaders('file', { Location: `/p/${token}` }) })

  const shareUrl = shareUrlFor(token, request)
  const response = await renderHandoutPdfResponse({ payload, handout, shareUrl, shareAccess: { asksBirthYear: link.accessCheck === 'birth-year' } })
  await Promise.all([
    recordSharePdfDownload({ payload, linkId: link.id }),
    recordAuditEvent({ payload, action: 'share.pdf', actorId: null, target: { collection: 'handouts', id: handout.id }, detail: `link ${link.tokenId}` }),
  ])
  return withPatientHeaders(response, 'file')
}
