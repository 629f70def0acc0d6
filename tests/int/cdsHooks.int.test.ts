import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/fields/slugField'
import { paragraphsToRichText } from '@/lib/content/lexical'
import { answerCdsHooksCall, answerCdsHooksDiscovery, answerCdsHooksPreflight } from '@/lib/ehr/answerCdsHooksCall'
import type { CdsHooksCard } from '@/lib/ehr/cdsHooksCards'
import { usageDay } from '@/lib/ehr/countEhrClientCall'
import type { EhrClient, Topic } from '@/payload-types'

import { AGREED_PEMAT_RATING, findSeededTopic, getTestPayload } from './testPayload'

/**
 * The CDS Hooks service end to end below HTTP: requests as an EHR sends them
 * (a JWT signed with keys made here, prefetched FHIR resources), answered by
 * the same function the route calls, against the real database.
 */
const PORTAL = 'https://careleaf.example'
const ENV = { NEXT_PUBLIC_SERVER_URL: PORTAL }
const SERVICE_URL = `${PORTAL}/cds-services/careleaf-patient-education`
const EHR_ORIGIN = 'https://ehr.example.org'
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm'
const SNOMED = 'http://snomed.info/sct'

let payload: Payload
let seeded: Topic
let snomedTopic: Topic
/** A SNOMED CT id no other test codes a topic with. */
const snomedCode = `9${crypto.randomInt(10_000_000, 99_999_999)}`

interface Ehr {
  client: EhrClient
  issuer: string
  privateKey: CryptoKey
  kid: string
}
let ehr: Ehr

async function keyPair(alg: 'ES384' | 'RS384', kid: string): Promise<{ privateKey: CryptoKey; jwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true })
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } }
}

async function registerEhr(keys: { publicKeys?: unknown; jwksUrl?: string } | null = null, extra: Partial<EhrClient> = {}): Promise<Ehr> {
  const issuer = `https://ehr-${crypto.randomBytes(4).toString('hex')}.example.org`
  const kid = `key-${crypto.randomBytes(3).toString('hex')}`
  const { privateKey, jwk } = await keyPair('ES384', kid)
  const client = await payload.create({
    collection: 'ehr-clients',
    overrideAccess: true,
    data: { name: `Test EHR ${issuer}`, issuer, allowedOrigins: [EHR_ORIGIN], ...(keys ?? { publicKeys: { keys: [jwk] } }), ...extra } as EhrClient,
  })
  return { client, issuer, privateKey, kid }
}

async function jwtFor(
  signer: Pick<Ehr, 'issuer' | 'privateKey' | 'kid'>,
  claims: { aud?: string; expiresIn?: number; jti?: string; alg?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({})
    .setProtectedHeader({ alg: claims.alg ?? 'ES384', typ: 'JWT', kid: signer.kid })
    .setIssuer(signer.issuer)
    .setAudience(claims.aud ?? SERVICE_URL)
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.expiresIn ?? 300))
    .setJti(claims.jti ?? crypto.randomUUID())
    .sign(signer.privateKey)
}

function condition(system: string, code: string) {
  return {
    fullUrl: `https://fhir.ehr.example.org/Condition/${crypto.randomUUID()}`,
    resource: {
      resourceType: 'Condition',
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
      code: { coding: [{ system, code }] },
      subject: { reference: 'Patient/example-patient' },
    },
  }
}

function hookCall(prefetch?: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    hook: 'patient-view',
    hookInstance: crypto.randomUUID(),
    fhirServer: 'http://127.0.0.1:9/fhir',
    context: { userId: 'Practitioner/example', patientId: 'example-patient' },
    ...(prefetch ? { prefetch } : {}),
    ...extra,
  }
}

const problems = (...entries: ReturnType<typeof condition>[]) => ({ resourceType: 'Bundle', type: 'searchset', entry: entries })
const spanishSpeaker = {
  resourceType: 'Patient',
  id: 'example-patient',
  communication: [
    { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en' }] } },
    { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es-MX', display: 'Spanish (Mexico)' }] }, preferred: true },
  ],
}

async function post(body: unknown, { token, origin }: { token?: string | null; origin?: string } = {}): Promise<Response> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `Bearer ${token}`)
  if (origin) headers.set('Origin', origin)
  const request = new Request('http://127.0.0.1:3000/cds-services/careleaf-patient-education', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return answerCdsHooksCall({ payload, request, env: ENV })
}

async function signedPost(body: unknown, signer: Ehr = ehr, options: { origin?: string } = {}): Promise<Response> {
  return post(body, { token: await jwtFor(signer), ...options })
}

async function cardsOf(response: Response): Promise<CdsHooksCard[]> {
  expect(response.status, await response.clone().text()).toBe(200)
  return ((await response.json()) as { cards: CdsHooksCard[] }).cards
}

async function refusalOf(response: Response): Promise<{ status: number; message: string }> {
  const body = (await response.json()) as { errors: Array<{ message: string }> }
  return { status: response.status, message: body.errors[0]!.message }
}

async function usageOf(clientId: number): Promise<{ infobutton: number; cdsHooks: number } | null> {
  const { rows } = await payload.db.pool.query<{ infobutton_calls: string; cds_hooks_calls: string }>(
    'SELECT infobutton_calls, cds_hooks_calls FROM ehr_client_usage WHERE client_id = $1 AND day = $2',
    [clientId, usageDay(new Date())],
  )
  return rows[0] ? { infobutton: Number(rows[0].infobutton_calls), cdsHooks: Number(rows[0].cds_hooks_calls) } : null
}

beforeAll(async () => {
  payload = await getTestPayload()
  seeded = await findSeededTopic(payload)
  const title = `Knee pain ${crypto.randomBytes(3).toString('hex')}`
  snomedTopic = await payload.create({
    collection: 'topics',
    overrideAccess: true,
    data: {
      title,
      slug: slugify(title),
      summary: 'What helps a sore knee.',
      mainMessage: 'Rest, then move a little more each day.',
      codes: [{ system: 'snomedct', code: snomedCode, display: 'Knee pain' }],
      sections: [{ blockType: 'text', heading: 'Rest', body: paragraphsToRichText(['Rest your knee for a day.']) as never }],
      sources: [{ citation: 'NHS. Knee pain.' }],
      pemat: AGREED_PEMAT_RATING,
      _status: 'published',
    },
  })
  ehr = await registerEhr()
})

describe('CDS Hooks discovery', () => {
  it('describes the patient-view service and its prefetch templates, to anyone, from any origin', async () => {
    const response = answerCdsHooksDiscovery()
    expect(response.status).toBe(200)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(await response.json()).toEqual({
      services: [
        {
          hook: 'patient-view',
          id: 'careleaf-patient-education',
          title: 'Careleaf patient education',
          description: expect.stringContaining('patient education'),
          prefetch: { patient: 'Patient/{{context.patientId}}', conditions: 'Condition?patient={{context.patientId}}&clinical-status=active' },
        },
      ],
    })
  })
})

describe('CDS Hooks cards', () => {
  it('answers the problem list with a card per topic: M54.61 falls back to the seeded M54.6 topic, a SNOMED CT code finds its topic', async () => {
    const before = (await usageOf(ehr.client.id))?.cdsHooks ?? 0
    const cards = await cardsOf(await signedPost(hookCall({ conditions: problems(condition(ICD10CM, 'M54.61'), condition(SNOMED, snomedCode)) })))
    const clinic = await payload.findGlobal({ slug: 'clinic', overrideAccess: true })
    const both = `${PORTAL}/handouts/new?topic=${snomedTopic.slug}&topic=${seeded.slug}`
    // The exact SNOMED CT match ranks before the ICD-10-CM fallback.
    expect(cards).toEqual([
      {
        uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
        summary: `Patient education available: ${snomedTopic.title}`,
        detail: expect.stringContaining(`For SNOMED CT ${snomedCode} on the problem list.`),
        indicator: 'info',
        source: { label: clinic.name, url: `${PORTAL}/library` },
        links: [
          { label: `Make a handout: ${snomedTopic.title}`, url: `${PORTAL}/handouts/new?topic=${snomedTopic.slug}`, type: 'absolute' },
          { label: 'Make one handout with all 2 topics', url: both, type: 'absolute' },
        ],
      },
      {
        uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
        summary: 'Patient education available: Upper back pain during sleep',
        detail: expect.stringContaining('For ICD-10-CM M54.61 on the problem list (this topic is coded M54.6).'),
        indicator: 'info',
        source: { label: clinic.name, url: `${PORTAL}/library` },
        links: [
          { label: 'Make a handout: Upper back pain during sleep', url: `${PORTAL}/handouts/new?topic=upper-back-pain-during-sleep`, type: 'absolute' },
          { label: 'Make one handout with all 2 topics', url: both, type: 'absolute' },
        ],
      },
    ])
    expect((await usageOf(ehr.client.id))?.cdsHooks).toBe(before + 1)
  })

  it('matches the exact code before its parent, and nothing for a code with no coded ancestor', async () => {
    expect(await cardsOf(await signedPost(hookCall({ conditions: problems(condition(ICD10CM, 'M54.6')) })))).toHaveLength(1)
    expect(await cardsOf(await signedPost(hookCall({ conditions: problems(condition(ICD10CM, 'M54.50')) })))).toEqual([])
    // ICD-10 (WHO) is not ICD-10-CM: another system's M54.6 is not read as ours.
    expect(await cardsOf(await signedPost(hookCall({ conditions: problems(condition('http://hl7.org/fhir/sid/icd-10', 'M54.6')) })))).toEqual([])
  })

  it('opens the builder in Spanish for a patient who prefers it, the topic with an approved translation first', async () => {
    const cards = await cardsOf(
      await signedPost(hookCall({ conditions: problems(condition(SNOMED, snomedCode), condition(ICD10CM, 'M54.61')), patient: spanishSpeaker })),
    )
    expect(cards.map((card) => card.summary)).toEqual([
      'Patient education available: Upper back pain during sleep',
      `Patient education available: ${snomedTopic.title}`,
    ])
    expect(cards[0]!.links[0]).toEqual({
      label: 'Make a handout: Upper back pain during sleep (Spanish)',
      url: `${PORTAL}/handouts/new?topic=upper-back-pain-during-sleep&language=es`,
      type: 'absolute',
    })
    expect(cards[0]!.links[1]!.url).toBe(`${PORTAL}/handouts/new?topic=upper-back-pain-during-sleep&topic=${snomedTopic.slug}&language=es`)
    expect(cards[0]!.detail).toContain('an approved Spanish translation is ready')
    expect(cards[1]!.detail).toContain('no approved Spanish translation yet')
  })

  it('answers no cards without prefetched conditions, and never calls the EHR’s FHIR server for them', async () => {
    expect(await cardsOf(await signedPost(hookCall()))).toEqual([])
    expect(await cardsOf(await signedPost(hookCall({ conditions: null, patient: spanishSpeaker })))).toEqual([])
  })

  it('refuses a call it cannot read with a 400 that names the field', async () => {
    expect(await refusalOf(await signedPost('{"hook": '))).toEqual({ status: 400, message: 'The request body must be the hook call as JSON.' })
    expect(await refusalOf(await signedPost(hookCall(undefined, { hook: 'order-sign' })))).toEqual({
      status: 400,
      message: 'hook: this service answers "patient-view", not "order-sign".',
    })
    expect(await refusalOf(await signedPost(hookCall({ conditions: { resourceType: 'Condition' } })))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^prefetch\.conditions\.resourceType: must be a FHIR Bundle/),
    })
    expect(await refusalOf(await signedPost(hookCall(undefined, { context: { userId: 'Practitioner/example' } })))).toEqual({
      status: 400,
      message: 'context.patientId: is required',
    })
  })
})

describe('CDS Hooks authentication', () => {
  const call = () => hookCall({ conditions: problems(condition(ICD10CM, 'M54.6')) })
  const refused = async (token: string | null) => refusalOf(await post(call(), { token }))

  it('needs a bearer JWT', async () => {
    const response = await post(call(), { token: null })
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer error="invalid_token"')
    expect(await refusalOf(response)).toEqual({ status: 401, message: 'Send Authorization: Bearer <JWT>, signed by the EHR (CDS Hooks 2.0).' })
    expect(await refused('not-a-jwt')).toEqual({ status: 401, message: 'The Authorization header must be “Bearer ” and a signed JWT.' })
  })

  it('refuses another audience, an expired token and one that lives longer than five minutes', async () => {
    expect(await refused(await jwtFor(ehr, { aud: `${PORTAL}/cds-services/another-service` }))).toEqual({
      status: 401,
      message: `The JWT’s aud must be this service’s URL, ${SERVICE_URL}.`,
    })
    expect(await refused(await jwtFor(ehr, { expiresIn: -120 }))).toEqual({ status: 401, message: 'The JWT has expired (exp).' })
    expect(await refused(await jwtFor(ehr, { expiresIn: 3600 }))).toEqual({
      status: 401,
      message: 'The JWT’s exp must be at most five minutes ahead (CDS Hooks 2.0).',
    })
  })

  it('refuses a token signed with a key that is not the EHR’s, or with an algorithm CDS Hooks does not allow', async () => {
    const impostor = await keyPair('ES384', ehr.kid)
    expect(await refused(await jwtFor({ ...ehr, privateKey: impostor.privateKey }))).toEqual({
      status: 401,
      message: 'The JWT’s signature does not match any of the EHR client’s public keys.',
    })
    const es256 = await generateKeyPair('ES256')
    expect(await refused(await jwtFor({ ...ehr, privateKey: es256.privateKey }, { alg: 'ES256' }))).toEqual({
      status: 401,
      message: 'The JWT must be signed with ES384 or RS384.',
    })
  })

  it('refuses an unknown issuer and a revoked client', async () => {
    expect(await refused(await jwtFor({ ...ehr, issuer: 'https://unknown-ehr.example.org' }))).toEqual({
      status: 401,
      message: 'Unknown issuer: an admin must register this EHR (its iss) as an EHR client.',
    })
    const revoked = await registerEhr(null, { revokedAt: new Date(Date.now() - 1000).toISOString() })
    expect(await refused(await jwtFor(revoked))).toEqual({ status: 401, message: 'This EHR client has been revoked.' })
    expect(await usageOf(revoked.client.id)).toBeNull()
  })

  it('refuses a replayed jti, even when the two uses arrive together', async () => {
    const token = await jwtFor(ehr)
    expect((await post(call(), { token })).status).toBe(200)
    expect(await refused(token)).toEqual({ status: 401, message: 'This JWT was already used (its jti was seen before): sign a new one for each call.' })
    const twice = await jwtFor(ehr)
    const statuses = (await Promise.all([post(call(), { token: twice }), post(call(), { token: twice })])).map((response) => response.status).sort()
    expect(statuses).toEqual([200, 401])
  })

  it('verifies with the keys at the client’s JWKS URL when it has no keys of its own (RS384)', async () => {
    const kid = 'remote-key'
    const { privateKey, jwk } = await keyPair('RS384', kid)
    const server = http.createServer((_request, response) => {
      response.setHeader('Content-Type', 'application/json')
      response.end(JSON.stringify({ keys: [jwk] }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const remote = await registerEhr({ jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json` })
      const signer = { issuer: remote.issuer, privateKey, kid }
      expect(await cardsOf(await post(call(), { token: await jwtFor(signer, { alg: 'RS384' }) }))).toHaveLength(1)
      expect(await refused(await jwtFor({ ...signer, privateKey: (await keyPair('RS384', kid)).privateKey }, { alg: 'RS384' }))).toMatchObject({ status: 401 })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('CDS Hooks from a browser, rate and count', () => {
  const call = () => hookCall({ conditions: problems(condition(ICD10CM, 'M54.6')) })

  it('lets the client’s own origins call from a browser, and no other', async () => {
    const preflight = (origin: string) =>
      answerCdsHooksPreflight({
        payload,
        request: new Request(`${PORTAL}/cds-services/careleaf-patient-education`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
        }),
      })
    const allowed = await preflight(EHR_ORIGIN)
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe(EHR_ORIGIN)
    expect(allowed.headers.get('Access-Control-Allow-Headers')).toBe('Authorization, Content-Type')
    expect((await preflight('https://evil.example')).headers.get('Access-Control-Allow-Origin')).toBeNull()

    const fromEhr = await signedPost(call(), ehr, { origin: EHR_ORIGIN })
    expect(fromEhr.headers.get('Access-Control-Allow-Origin')).toBe(EHR_ORIGIN)
    expect(await cardsOf(fromEhr)).toHaveLength(1)
    const elsewhere = await signedPost(call(), ehr, { origin: 'https://evil.example' })
    expect(elsewhere.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(await refusalOf(elsewhere)).toEqual({ status: 403, message: 'This origin is not one of the EHR client’s allowed origins.' })
  })

  it('holds each client to its own rate limit', async () => {
    const limited = await registerEhr(null, { rateLimitPerMinute: 2 })
    expect((await signedPost(call(), limited)).status).toBe(200)
    expect((await signedPost(call(), limited)).status).toBe(200)
    const third = await signedPost(call(), limited)
    expect(third.status).toBe(429)
    expect(Number(third.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await signedPost(call())).status).toBe(200)
  })

  it('counts simultaneous calls exactly, in its own column only', async () => {
    const counted = await registerEhr()
    await payload.db.pool.query('INSERT INTO ehr_client_usage (client_id, day, infobutton_calls) VALUES ($1, $2, 7)', [counted.client.id, usageDay(new Date())])
    const responses = await Promise.all(Array.from({ length: 6 }, () => signedPost(call(), counted)))
    expect(responses.map((response) => response.status)).toEqual(Array(6).fill(200))
    expect(await usageOf(counted.client.id)).toEqual({ infobutton: 7, cdsHooks: 6 })
  })
})
