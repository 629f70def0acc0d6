import crypto from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET, OPTIONS } from '@/app/(frontend)/api/infobutton/route'
import { slugify } from '@/fields/slugField'
import type { PortalUser } from '@/lib/auth/portalUser'
import { encodeSessionToken, sessionCookieName } from '@/lib/auth/sessionCookie'
import { generateEhrClientKey } from '@/lib/ehr/generateEhrClientKey'
import type { Topic } from '@/payload-types'

import { readAtom, readConnectJson } from './knowledgeFeedReader'
import { AGREED_PEMAT_RATING, createTestUser, findSeededTopic, getTestPayload } from './testPayload'
import { topicTextBody } from '../support/topicTextBody'

const ICD10CM = '2.16.840.1.113883.6.90'
const SNOMEDCT = '2.16.840.1.113883.6.96'

let payload: Payload
let admin: PortalUser
let seeded: Topic
let key: string
let clientId: number
/** This file's own codes, so no other file's topics can match them. */
const category = `U8${crypto.randomInt(10)}`
const snomedId = String(crypto.randomInt(100_000_000, 999_999_999))
let ownTopic: Topic

type TopicData = Omit<Topic, 'id' | 'createdAt' | 'updatedAt'>

async function publishedTopic(title: string, codes: Topic['codes'], status: 'published' | 'draft' = 'published'): Promise<Topic> {
  return payload.create({
    collection: 'topics',
    overrideAccess: true,
    data: {
      title,
      slug: slugify(`${title}-${crypto.randomBytes(3).toString('hex')}`),
      summary: 'A short guide for the patient.',
      codes,
      sections: [
        { blockType: 'text', heading: 'Rest', body: topicTextBody('Rest for a day or two. Then walk a little more each day.') },
        { blockType: 'warningSigns', heading: 'When to get help now', signs: [{ text: 'Chest pain', ...({ tier: 'emergency' } as Record<string, unknown>) }] },
      ],
      sources: [{ citation: 'NHS. Back pain.', url: 'https://www.nhs.uk/conditions/back-pain/' }],
      mainMessage: 'Rest, move gently and call if it gets worse.',
      pemat: AGREED_PEMAT_RATING,
      _status: status,
    } as TopicData,
  })
}

async function newClient(overrides: { rateLimitPerMinute?: number; allowedOrigins?: string[] } = {}) {
  const client = await payload.create({
    collection: 'ehr-clients',
    overrideAccess: true,
    data: { name: `EHR ${crypto.randomBytes(3).toString('hex')}`, rateLimitPerMinute: 120, ...overrides },
  })
  const generated = await generateEhrClientKey({ payload, user: admin, clientId: client.id })
  return { id: client.id, key: generated.key, keyId: generated.keyId }
}

function infobutton(query: string, headers: Record<string, string> = { authorization: `Bearer ${key}` }): Promise<Response> {
  return GET(new Request(`http://127.0.0.1/api/infobutton?${query}`, { headers }))
}

async function atom(query: string, headers?: Record<string, string>) {
  const response = await infobutton(query, headers)
  expect(response.status, await response.clone().text()).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
  return readAtom(await response.text())
}

const code = (c: string, cs = ICD10CM) => `mainSearchCriteria.v.cs=${cs}&mainSearchCriteria.v.c=${encodeURIComponent(c)}`

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createTestUser(payload, ['admin'])
  seeded = await findSeededTopic(payload)
  ownTopic = await publishedTopic('Infobutton test topic', [
    { system: 'icd10cm', code: `${category}.1`, display: 'Test code' },
    { system: 'snomedct', code: snomedId, display: 'Test concept' },
  ])
  ;({ key, id: clientId } = await newClient())
})

afterEach(() => vi.restoreAllMocks())

describe('Infobutton: what it answers', () => {
  it('matches an ICD-10-CM code, falls back up the hierarchy and says which code matched', async () => {
    const exact = await atom(code('M54.6'))
    expect(exact.entries.map((entry) => entry.title)).toContain(seeded.title)
    expect(exact.categories).toContainEqual({ scheme: 'mainSearchCriteria.v.c', term: 'M54.6' })

    const specific = await atom(code('M54.61'))
    expect(specific.subtitle).toBe('Careleaf results for ICD-10-CM M54.6 (asked for M54.61)')
    expect(specific.categories).toContainEqual({ scheme: 'mainSearchCriteria.v.c', term: 'M54.6' })
    const link = specific.entries.find((entry) => entry.title === seeded.title)?.href
    expect(link).toBe(
      `${process.env.NEXT_PUBLIC_SERVER_URL || process.env.NEXTAUTH_URL || 'http://127.0.0.1'}/handouts/new?topic=${seeded.slug}`.replace(
        /\/\/handouts/,
        '/handouts',
      ),
    )

    // Two levels up, and without the dot as some EHRs send it.
    const twoUp = await atom(code(`${category.toLowerCase()}123`))
    expect(twoUp.entries.map((entry) => entry.title)).toEqual([ownTopic.title])
    expect(twoUp.categories).toContainEqual({ scheme: 'mainSearchCriteria.v.c', term: `${category}.1` })
    // A code above the topic's is not a match: the hierarchy is climbed, never descended.
    expect((await atom(code(category))).entries).toEqual([])
  })

  it('matches a SNOMED CT concept, and answers another code system with an empty feed, not an error', async () => {
    const snomed = await atom(code(snomedId, SNOMEDCT))
    expect(snomed.entries.map((entry) => entry.title)).toEqual([ownTopic.title])
    expect(snomed.categories).toContainEqual({ scheme: 'mainSearchCriteria.v.cs', term: SNOMEDCT })

    // RxNorm, with a name that would match if it were searched: the code system decides.
    const rxnorm = await atom(`${code('197361', '2.16.840.1.113883.6.88')}&mainSearchCriteria.v.dn=${encodeURIComponent('Infobutton test topic')}`)
    expect(rxnorm.entries).toEqual([])
    expect(rxnorm.subtitle).toMatch(/No Careleaf topic/)
  })

  it('searches the display name when no code matches', async () => {
    const byName = await atom(`${code('Z00.00')}&mainSearchCriteria.v.dn=${encodeURIComponent('upper back pain')}`)
    expect(byName.entries.map((entry) => entry.title)).toContain(seeded.title)
    expect(byName.subtitle).toMatch(/name given/)
    expect((await atom(`mainSearchCriteria.v.dn=${encodeURIComponent('thoracic back pain')}`)).entries.map((entry) => entry.title)).toContain(seeded.title)
  })

  it('answers in Spanish only with topics whose Spanish translation is approved, and links the builder in Spanish', async () => {
    const spanish = await atom(`${code('M54.6')}&informationRecipient.languageCode.c=es`)
    const { docs } = await payload.find({
      collection: 'topics',
      where: { id: { equals: seeded.id } },
      locale: 'es',
      fallbackLocale: false,
      overrideAccess: true,
    })
    const spanishTitle = docs[0]?.title
    expect(spanishTitle).toBeTruthy()
    expect(spanishTitle).not.toBe(seeded.title)
    expect(spanish.language).toBe('es')
    const entry = spanish.entries.find((item) => item.title === spanishTitle)
    expect(entry?.summary).toBe(docs[0]?.summary)
    expect(entry?.href).toMatch(new RegExp(`/handouts/new\\?topic=${seeded.slug}&language=es$`))
    // This file's topic has only a draft Spanish translation: offered in English, not in Spanish.
    // Written straight to the table: a half-done translation is what a translator's draft leaves, and a
    // published topic's update through Payload would ask for every Spanish section first.
    await payload.db.pool.query(
      `INSERT INTO topics_locales (_locale, _parent_id, title, summary, translation_status) VALUES ('es', $1, 'Tema de prueba', 'Una guía breve.', 'draft')
       ON CONFLICT (_locale, _parent_id) DO UPDATE SET title = EXCLUDED.title, summary = EXCLUDED.summary, translation_status = 'draft'`,
      [ownTopic.id],
    )
    const { docs: drafts } = await payload.find({
      collection: 'topics',
      where: { id: { equals: ownTopic.id } },
      locale: 'es',
      fallbackLocale: false,
      overrideAccess: true,
    })
    expect(drafts[0]).toMatchObject({ title: 'Tema de prueba', translation: { status: 'draft' } })
    expect((await atom(code(`${category}.1`))).entries).toHaveLength(1)
    expect((await atom(`${code(`${category}.1`)}&informationRecipient.languageCode.c=es`)).entries).toEqual([])
  })

  it('answers a patient and a provider recipient with the same topics, and echoes who asked', async () => {
    const patient = await atom(`${code('M54.6')}&informationRecipient=PAT`)
    const provider = await atom(`${code('M54.6')}&informationRecipient=PROV`)
    expect(provider.entries).toEqual(patient.entries)
    expect(patient.categories).toContainEqual({ scheme: 'informationRecipient', term: 'PAT' })
    expect(provider.categories).toContainEqual({ scheme: 'informationRecipient', term: 'PROV' })
  })

  it('answers JSON in MedlinePlus Connect’s shape: the same reader parses the documented example and ours', async () => {
    // tests/fixtures/medlineplus-connect-problem-response.json: see its provenance in docs/ehr.md.
    const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/medlineplus-connect-problem-response.json'), 'utf8')) as unknown
    const medlinePlus = readConnectJson(fixture)
    expect(medlinePlus.entries[0]).toMatchObject({ title: 'Back Pain', href: expect.stringMatching(/^https:\/\/medlineplus\.gov\//) })

    const response = await infobutton(`${code('M54.6')}&knowledgeResponseType=application/json`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const ours = readConnectJson(await response.json())
    expect(ours.entries.map((entry) => entry.title)).toContain(seeded.title)
    expect(Object.keys(ours.entries[0]!)).toEqual(Object.keys(medlinePlus.entries[0]!))
    expect(ours.entries).toEqual((await atom(code('M54.6'))).entries)
  })

  it('answers at most the configured number of entries, published topics only', async () => {
    const draft = await publishedTopic('A draft infobutton topic', [{ system: 'icd10cm', code: `${category}.1`, display: 'Test code' }], 'draft')
    for (let index = 0; index < 4; index++)
      await publishedTopic(`Infobutton extra ${index}`, [{ system: 'icd10cm', code: `${category}.1`, display: 'Test code' }])
    const entries = (await atom(code(`${category}.1`))).entries
    expect(entries).toHaveLength(3)
    expect(entries.map((entry) => entry.title)).not.toContain(draft.title)
  })
})

describe('Infobutton: who may call', () => {
  it('refuses a missing, wrong or revoked key, and a key in the URL', async () => {
    expect((await infobutton(code('M54.6'), {})).status).toBe(401)
    expect((await infobutton(code('M54.6'), { authorization: `Bearer ${key.slice(0, -2)}xx` })).status).toBe(401)
    expect((await infobutton(code('M54.6'), { 'x-api-key': 'not-a-key' })).status).toBe(401)
    const urlKey = await infobutton(`${code('M54.6')}&key=${key}`, {})
    expect(urlKey.status).toBe(400)
    expect(await urlKey.text()).toMatch(/header/)

    const revoked = await newClient()
    expect((await infobutton(code('M54.6'), { 'x-api-key': revoked.key })).status).toBe(200)
    await payload.update({ collection: 'ehr-clients', id: revoked.id, overrideAccess: true, data: { revokedAt: new Date().toISOString() } })
    expect((await infobutton(code('M54.6'), { 'x-api-key': revoked.key })).status).toBe(401)
  })

  it('stops an old key once the admin rotates it, and keeps only a hash', async () => {
    const client = await newClient()
    const rotated = await generateEhrClientKey({ payload, user: admin, clientId: client.id })
    expect((await infobutton(code('M54.6'), { authorization: `Bearer ${client.key}` })).status).toBe(401)
    expect((await infobutton(code('M54.6'), { authorization: `Bearer ${rotated.key}` })).status).toBe(200)
    const { rows } = await payload.db.pool.query('SELECT key_id, key_hash FROM ehr_clients WHERE id = $1', [client.id])
    expect(rows[0].key_id).toBe(rotated.keyId)
    expect(rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(rows[0])).not.toContain(rotated.key.slice(-43))
    const clinician = await createTestUser(payload, ['clinician'])
    await expect(generateEhrClientKey({ payload, user: clinician, clientId: client.id })).rejects.toThrow()
    const audit = await payload.find({
      collection: 'audit-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'ehr.key' } }, { targetId: { equals: String(client.id) } }] },
    })
    expect(audit.docs).toHaveLength(2)
    expect(audit.docs.map((event) => event.detail).join(' ')).not.toContain(rotated.key.slice(-43))
  })

  it('accepts a signed-in Careleaf session instead of a key', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    const now = Math.floor(Date.now() / 1000)
    const token = await encodeSessionToken({ uid: clinician.id, roles: clinician.roles, sv: clinician.sessionVersion ?? 0, authTime: now, lastSeen: now })
    const feed = await atom(code('M54.6'), { cookie: `${sessionCookieName()}=${token}` })
    expect(feed.entries.map((entry) => entry.title)).toContain(seeded.title)
    expect((await infobutton(code('M54.6'), { cookie: `${sessionCookieName()}=forged` })).status).toBe(401)
  })

  it('allows CORS only for the client’s own origins', async () => {
    const client = await newClient({ allowedOrigins: ['https://ehr.example.org'] })
    const allowed = await infobutton(code('M54.6'), { 'x-api-key': client.key, origin: 'https://ehr.example.org' })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://ehr.example.org')
    expect((await infobutton(code('M54.6'), { 'x-api-key': client.key, origin: 'https://evil.example' })).status).toBe(403)
    expect((await infobutton(code('M54.6'), { 'x-api-key': key, origin: 'https://ehr.example.org' })).status).toBe(403)

    const preflight = (origin: string) => OPTIONS(new Request('http://127.0.0.1/api/infobutton', { method: 'OPTIONS', headers: { origin } }))
    const ok = await preflight('https://ehr.example.org')
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
    expect((await preflight('https://evil.example')).status).toBe(403)
  })

  it('limits each client to its calls per minute (429), without touching other clients', async () => {
    const client = await newClient({ rateLimitPerMinute: 2 })
    const statuses = []
    for (let call = 0; call < 3; call++) statuses.push((await infobutton(code('M54.6'), { 'x-api-key': client.key })).status)
    expect(statuses).toEqual([200, 200, 429])
    const refused = await infobutton(code('M54.6'), { 'x-api-key': client.key })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await infobutton(code('M54.6'))).status).toBe(200)
  })

  it('counts each client’s calls per day, concurrent calls included', async () => {
    const client = await newClient()
    const responses = await Promise.all(Array.from({ length: 6 }, () => infobutton(code('M54.6'), { 'x-api-key': client.key })))
    expect(responses.map((response) => response.status)).toEqual(Array(6).fill(200))
    const usage = await payload.find({ collection: 'ehr-client-usage', overrideAccess: true, where: { client: { equals: client.id } } })
    expect(usage.docs).toHaveLength(1)
    expect(usage.docs[0]).toMatchObject({ day: new Date().toISOString().slice(0, 10), infobuttonCalls: 6, cdsHooksCalls: 0 })
    expect(clientId).toBeGreaterThan(0)
  })
})

describe('Infobutton: no patient data', () => {
  it('refuses patient parameters other than age and gender, and logs nothing of the request', async () => {
    const name = `Roe${crypto.randomBytes(4).toString('hex')}`
    const logged: unknown[][] = []
    const capture = (...args: unknown[]) => void logged.push(args)
    for (const level of ['info', 'warn', 'error', 'debug', 'trace', 'fatal'] as const) vi.spyOn(payload.logger, level).mockImplementation(capture as never)
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, level).mockImplementation(capture)
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (logged.push([String(chunk)]), true))

    for (const parameter of ['patientPerson.name.given', 'patientPerson.id', 'patientPerson.birthTime.v']) {
      const response = await infobutton(`${code('M54.6')}&${parameter}=${name}`)
      expect(response.status, parameter).toBe(400)
      expect(await response.text()).not.toContain(name)
    }
    const withAge = await infobutton(
      `${code('M54.6')}&patientPerson.age.v.v=54&patientPerson.age.v.u=a&patientPerson.administrativeGenderCode.c=F&mainSearchCriteria.v.dn=${name}`,
    )
    expect(withAge.status).toBe(200)
    stdout.mockRestore()
    expect(JSON.stringify(logged)).not.toContain(name)
    expect(JSON.stringify(logged)).not.toContain('M54.6')
  })

  it('refuses JSONP', async () => {
    const response = await infobutton(`${code('M54.6')}&knowledgeResponseType=application/json&callback=cb`)
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/JSONP/)
  })
})
