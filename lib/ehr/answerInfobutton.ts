import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { resolveSessionUser } from '@/lib/auth/resolveSessionUser'
import { decodeSessionToken, readCookie, sessionCookieName } from '@/lib/auth/sessionCookie'
import { consumeShareRateLimit } from '@/lib/share/consumeShareRateLimit'

import { type AuthenticatedEhrClient, authenticateEhrClient } from './authenticateEhrClient'
import { countEhrClientCall } from './countEhrClientCall'
import { findInfobuttonTopics } from './findInfobuttonTopics'
import { infobuttonMaxEntries } from './infobuttonMaxEntries'
import { InfobuttonQueryError, parseInfobuttonQuery } from './parseInfobuttonQuery'
import { knowledgeFeed, knowledgeFeedAtom, knowledgeFeedJson } from './renderKnowledgeFeed'

/** A signed-in clinician calling from Careleaf's own pages has no client record; this is their per-minute allowance. */
const SESSION_RATE_LIMIT_PER_MINUTE = 120

type Caller = { kind: 'client'; client: AuthenticatedEhrClient } | { kind: 'session'; user: PortalUser }

function presentedKey(request: Request): string | null {
  const authorization = request.headers.get('authorization')
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  return bearer ?? request.headers.get('x-api-key')?.trim() ?? null
}

async function sessionUser(payload: Payload, request: Request): Promise<PortalUser | null> {
  const token = await decodeSessionToken(readCookie(request.headers.get('cookie'), sessionCookieName()))
  return resolveSessionUser({ payload, token })
}

function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

/**
 * CORS for a key's client: only its configured origins, named back exactly
 * (never `*`), and no credentials: a key-authenticated call needs no cookie.
 * A session call is same-origin only, so it gets no CORS headers at all.
 */
function corsHeaders(caller: Caller, origin: string | null): Record<string, string> | 'refused' {
  if (origin === null) return {}
  if (caller.kind === 'session') return {}
  if (!(caller.client.allowedOrigins ?? []).includes(origin)) return 'refused'
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
}

/**
 * Answers `GET /api/infobutton` (HL7 Infobutton URL-based request, as
 * MedlinePlus Connect accepts it). Who: an EHR client's API key in
 * `Authorization: Bearer` or `x-api-key`, or a signed-in Careleaf session.
 * Nothing here logs the request URL: its query is the chart's context.
 */
export async function answerInfobutton({
  payload,
  request,
  now = new Date(),
  maxEntries = infobuttonMaxEntries(),
  publicUrl = process.env.NEXT_PUBLIC_SERVER_URL || process.env.NEXTAUTH_URL,
}: {
  payload: Payload
  request: Request
  now?: Date
  maxEntries?: number
  publicUrl?: string
}): Promise<Response> {
  const url = new URL(request.url)
  // A key in the URL would be written into the EHR's and every proxy's access logs, browser history and Referer headers.
  if (url.searchParams.has('key') || url.searchParams.has('api_key')) {
    return errorResponse(400, 'Send the API key in the Authorization (Bearer) or x-api-key header, never in the URL: URLs are logged and leak through Referer.')
  }

  let caller: Caller
  const key = presentedKey(request)
  if (key !== null) {
    const client = await authenticateEhrClient({ payload, presentedKey: key, now })
    if (!client) return errorResponse(401, 'The API key is not valid.', { 'WWW-Authenticate': 'Bearer realm="careleaf-infobutton"' })
    caller = { kind: 'client', client }
  } else {
    const user = await sessionUser(payload, request)
    if (!user) return errorResponse(401, 'Send an EHR client API key, or sign in to Careleaf.', { 'WWW-Authenticate': 'Bearer realm="careleaf-infobutton"' })
    caller = { kind: 'session', user }
  }

  const cors = corsHeaders(caller, request.headers.get('origin'))
  if (cors === 'refused') return errorResponse(403, 'This origin is not allowed for this EHR client.')

  const limit = caller.kind === 'client' ? caller.client.rateLimitPerMinute : SESSION_RATE_LIMIT_PER_MINUTE
  // The share rate limiter's table and statement, with buckets of our own (the bucket name is hashed with the server secret).
  const bucket = caller.kind === 'client' ? `ehr-infobutton:client:${caller.client.id}` : `ehr-infobutton:user:${caller.user.id}`
  const decision = await consumeShareRateLimit({ payload, clientAddress: bucket, limit, now })
  if (!decision.allowed)
    return errorResponse(429, 'Too many requests for this EHR client; try again shortly.', { ...cors, 'Retry-After': String(decision.retryAfterSeconds) })

  let query
  try {
    query = parseInfobuttonQuery(url.searchParams)
  } catch (error) {
    if (error instanceof InfobuttonQueryError) return errorResponse(400, error.message, cors)
    throw error
  }

  const match = await findInfobuttonTopics({ payload, query, maxEntries })
  if (caller.kind === 'client') await countEhrClientCall({ payload, clientId: caller.client.id, kind: 'infobutton', now })
  const feed = knowledgeFeed({ query, match, origin: publicUrl || url.origin, now })
  const headers = { ...cors, 'Cache-Control': 'no-store', 'Content-Language': query.language }
  if (query.responseType === 'json') return Response.json(knowledgeFeedJson(feed), { headers })
  return new Response(knowledgeFeedAtom(feed), { headers: { ...headers, 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}

/**
 * The CORS preflight a browser sends before a call with an Authorization or
 * x-api-key header. It carries no key, so it is allowed for an origin that
 * some unrevoked client lists; the call itself is then checked against its own client.
 */
export async function answerInfobuttonPreflight({ payload, request }: { payload: Payload; request: Request }): Promise<Response> {
  const origin = request.headers.get('origin')
  if (!origin) return new Response(null, { status: 204 })
  const { totalDocs } = await payload.count({
    collection: 'ehr-clients',
    overrideAccess: true,
    where: { and: [{ allowedOrigins: { in: [origin] } }, { revokedAt: { exists: false } }] },
  })
  if (totalDocs === 0) return new Response(null, { status: 403 })
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET',
      'Access-Control-Allow-Headers': 'Authorization, x-api-key',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    },
  })
}
