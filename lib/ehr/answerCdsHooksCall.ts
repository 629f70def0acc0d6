import type { Payload } from 'payload'

import { loadClinic } from '@/lib/clinic/loadClinic'
import { consumeShareRateLimit } from '@/lib/share/consumeShareRateLimit'

import { type CdsHooksCard, cdsHooksCards, MAX_CDS_HOOKS_CARDS } from './cdsHooksCards'
import { DISCOVERY_CORS_HEADERS, isAllowedOrigin, serviceCorsHeaders } from './cdsHooksCors'
import { cdsHooksDiscovery, cdsHooksServiceUrl, portalBaseUrl } from './cdsHooksDiscovery'
import { CdsHooksRequestError, readCdsHooksCall } from './cdsHooksRequest'
import { countEhrClientCall } from './countEhrClientCall'
import { findCardTopics } from './findCardTopics'
import { findTopicsForConditionCodes } from './findTopicsForConditionCodes'
import { CdsHooksAuthError, verifyCdsHooksJwt } from './verifyCdsHooksJwt'

/** More than the cards shown, so topics in the patient's language can be put first (findCardTopics). */
const MATCHES_CONSIDERED = 10

type Env = Record<string, string | undefined>

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers },
  })
}

/** Refusals in the shape the proxy and Payload's REST API use. */
function refusal(message: string, status: number, headers: Record<string, string> = {}): Response {
  return json({ errors: [{ message }] }, status, headers)
}

/** `GET /cds-services`: public, readable from any origin. */
export function answerCdsHooksDiscovery(): Response {
  return json(cdsHooksDiscovery(), 200, DISCOVERY_CORS_HEADERS)
}

export function answerCdsHooksDiscoveryPreflight(): Response {
  return new Response(null, { status: 204, headers: DISCOVERY_CORS_HEADERS })
}

/** Whether any active EHR client lists this origin: a preflight carries no JWT, so it cannot name its client yet. */
async function isOriginOfAnyClient({ payload, origin, now }: { payload: Payload; origin: string; now: Date }): Promise<boolean> {
  const { docs } = await payload.find({
    collection: 'ehr-clients',
    overrideAccess: true,
    where: { or: [{ revokedAt: { exists: false } }, { revokedAt: { greater_than: now.toISOString() } }] },
    limit: 1000,
    pagination: false,
    depth: 0,
    select: { allowedOrigins: true },
  })
  return docs.some((client) => isAllowedOrigin(origin, client.allowedOrigins))
}

/** The browser's preflight for the service: allowed for an origin some EHR client lists; the call itself checks it is its own. */
export async function answerCdsHooksPreflight({ payload, request, now = new Date() }: { payload: Payload; request: Request; now?: Date }): Promise<Response> {
  const origin = request.headers.get('origin')
  const allowed = origin !== null && (await isOriginOfAnyClient({ payload, origin, now }))
  return new Response(null, { status: 204, headers: serviceCorsHeaders(allowed ? origin : null) })
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text())
  } catch {
    throw new CdsHooksRequestError('The request body must be the hook call as JSON.')
  }
}

/**
 * `POST /cds-services/careleaf-patient-education` (CDS Hooks 2.0,
 * `patient-view`): authenticates the EHR (verifyCdsHooksJwt), checks its
 * browser origin and rate limit, reads the prefetched problems and language
 * (readCdsHooksCall), counts the call, and answers `{ cards }`: up to three
 * info cards linking to the builder with the matched topics picked. No
 * prefetched conditions, no cards: the EHR's FHIR server is never called.
 * Nothing patient-specific is logged or stored.
 */
export async function answerCdsHooksCall({
  payload,
  request,
  env = process.env,
  now = new Date(),
}: {
  payload: Payload
  request: Request
  env?: Env
  now?: Date
}): Promise<Response> {
  const origin = request.headers.get('origin')
  let client
  try {
    client = await verifyCdsHooksJwt({ payload, authorization: request.headers.get('authorization'), serviceUrl: cdsHooksServiceUrl(request, env), now })
  } catch (error) {
    if (!(error instanceof CdsHooksAuthError)) throw error
    // A browser app of a registered EHR may read why it was refused; a stranger's page may not.
    const cors = origin !== null && (await isOriginOfAnyClient({ payload, origin, now })) ? serviceCorsHeaders(origin) : serviceCorsHeaders(null)
    const challenge: Record<string, string> = error.status === 401 ? { 'WWW-Authenticate': 'Bearer error="invalid_token"' } : {}
    return refusal(error.message, error.status, { ...cors, ...challenge })
  }
  if (origin !== null && !isAllowedOrigin(origin, client.allowedOrigins)) {
    return refusal('This origin is not one of the EHR client’s allowed origins.', 403, serviceCorsHeaders(null))
  }
  const cors = serviceCorsHeaders(origin)

  // One bucket per client, the limit the admin set for it.
  const rate = await consumeShareRateLimit({ payload, clientAddress: `ehr:${client.id}`, limit: client.rateLimitPerMinute, now })
  if (!rate.allowed) {
    return refusal('Too many calls from this EHR client; try again shortly.', 429, { ...cors, 'Retry-After': String(rate.retryAfterSeconds) })
  }

  let call
  try {
    call = readCdsHooksCall(await readJson(request))
  } catch (error) {
    if (error instanceof CdsHooksRequestError) return refusal(error.message, 400, cors)
    throw error
  }
  await countEhrClientCall({ payload, clientId: client.id, kind: 'cdsHooks', now })

  let cards: CdsHooksCard[] = []
  if (call.hasConditions && call.conditionCodes.length > 0) {
    const matches = await findTopicsForConditionCodes({ payload, codes: call.conditionCodes, limit: MATCHES_CONSIDERED })
    const topics = await findCardTopics({ payload, matches, language: call.language })
    if (topics.length > 0) {
      const clinic = await loadClinic(payload)
      cards = cdsHooksCards({
        topics: topics.slice(0, MAX_CDS_HOOKS_CARDS),
        language: call.language,
        clinicName: clinic.name,
        baseUrl: portalBaseUrl(request, env),
      })
    }
  }
  return json({ cards }, 200, cors)
}
