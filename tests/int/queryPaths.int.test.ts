import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'
import { createHandout } from '@/lib/handouts/createHandout'
import { saveKit } from '@/lib/kits/saveKit'
import { createShareLink } from '@/lib/share/createShareLink'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

/**
 * `sort`, `select` and `populate` (and `where`, which Payload checks itself)
 * may name only fields the user can read, on every collection, through REST
 * as through the Local API acting as the user: sorting by a colleague's
 * password hash orders the rows by it, an oracle on the hash.
 */
let payload: Payload
let clinician: PortalUser
let colleague: PortalUser
let admin: PortalUser
let clinicianToken: string
let adminToken: string
let handoutId: number

async function loginToken(email: string): Promise<string> {
  const result = await payload.login({ collection: 'users', data: { email, password: 'int-test-password-123' } })
  if (!result.token) throw new Error('login returned no token')
  return result.token
}

/** Payload's REST API in-process, exactly as the /api route serves it. */
async function get(
  path: string,
  token: string,
): Promise<{ status: number; body: { docs?: Array<Record<string, unknown>>; errors?: Array<{ message: string }> } }> {
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost/api${path}`, { headers: { Authorization: `JWT ${token}` } }),
  })
  return { status: response.status, body: (await response.json()) as never }
}

beforeAll(async () => {
  payload = await getTestPayload()
  const topic = await findSeededTopic(payload)
  clinician = await createTestUser(payload, ['clinician'], 'Query Clinician')
  // A colleague who shares with the clinic: their handouts are in the clinician's list, so a sort through `clinician` crosses both accounts.
  colleague = await createTestUser(payload, ['clinician'], 'Query Colleague')
  await payload.update({ collection: 'users', id: colleague.id, overrideAccess: true, data: { sharesHandoutsWithClinic: true } })
  admin = await createTestUser(payload, ['admin'], 'Query Admin')
  const sections = [{ topicId: topic.id, sectionId: topic.sections[0]!.id! }]
  handoutId = (await createHandout({ payload, user: clinician, input: { sections, patientName: 'Query Patient' } })).id
  await createHandout({ payload, user: colleague, input: { sections, patientName: 'Colleague Patient' } })
  await createShareLink({ payload, user: clinician, handoutId })
  await saveKit({ payload, user: clinician, input: { name: 'Query kit', sharedWithClinic: true, sections } })
  clinicianToken = await loginToken(clinician.email)
  adminToken = await loginToken(admin.email)
})

const HIDDEN_USER_FIELDS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions']

describe('sort on fields the user cannot read', () => {
  const refused = [
    ...HIDDEN_USER_FIELDS.map((field) => `/handouts?sort=clinician.${field}`),
    '/handouts?sort=-clinician.hash',
    '/handouts?sort=title,clinician.salt',
    '/handouts?sort=clinician__hash',
    '/handouts?sort[0]=title&sort[1]=-clinician.hash',
    '/handouts?sort=revisionOf.clinician.hash',
    // Readable only for the clinician's own account: sorting colleagues' handouts by it would order them by names they cannot read.
    '/handouts?sort=clinician.name',
    '/handouts?sort=nonexistentField',
    // A key inside a JSON value: not a column the database can order by (was a 500).
    '/handouts?sort=sections.body.root',
    '/kits?sort=owner.salt',
    '/share-links?sort=tokenHash',
    '/share-links?sort=-accessAnswerHash',
    '/share-links?sort=handout.clinician.salt',
    '/share-links?sort=createdBy.resetPasswordToken',
    ...HIDDEN_USER_FIELDS.map((field) => `/users?sort=${field}`),
    '/topics?sort=reviewedBy.hash',
  ]
  it.each(refused)('clinician: GET %s is 400', async (path) => {
    const { status, body } = await get(path, clinicianToken)
    expect({ path, status }).toEqual({ path, status: 400 })
    expect(body.docs).toBeUndefined()
  })

  it.each([
    '/audit-events?sort=actor.hash',
    '/audit-events?sort=-actor.salt',
    '/handouts?sort=clinician.hash',
    '/share-links?sort=tokenHash',
    '/users?sort=lockUntil',
  ])('admin: GET %s is 400 (nobody reads these)', async (path) => {
    expect((await get(path, adminToken)).status).toBe(400)
  })

  it('is refused through the Local API acting as the user too; server code (access overridden) is not checked', async () => {
    await expect(payload.find({ collection: 'handouts', user: clinician, overrideAccess: false, sort: 'clinician.hash' })).rejects.toMatchObject({
      status: 400,
    })
    await expect(
      payload.find({ collection: 'handouts', user: clinician, overrideAccess: false, sort: ['-createdAt', 'clinician.salt'] }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(payload.find({ collection: 'handouts', overrideAccess: true, sort: '-clinician.name', limit: 1 })).resolves.toBeDefined()
  })
})

describe('topic versions (content staff read them)', () => {
  it('refuse the same paths inside the version, and still answer the version list the admin asks for', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const token = await loginToken(editor.email)
    for (const path of [
      '/topics/versions?sort=version.reviewedBy.hash',
      '/topics/versions?sort=-version.reviewedBy.salt',
      '/topics/versions?select[version][title]=true&populate[users][hash]=true',
    ]) {
      expect({ path, status: (await get(path, token)).status }).toEqual({ path, status: 400 })
    }
    for (const path of [
      '/topics/versions?sort=-updatedAt&limit=5',
      '/topics/versions?sort=version.title&limit=5',
      '/topics/versions?select[version][title]=true&select[parent]=true&limit=5',
    ]) {
      expect({ path, status: (await get(path, token)).status }).toEqual({ path, status: 200 })
    }
  })
})

describe('select and populate of fields the user cannot read', () => {
  it.each([
    `/users/${'SELF'}?select[hash]=true`,
    '/users?select[salt]=true',
    '/users?select[resetPasswordToken]=true',
    '/users?select[name]=true&select[sessions]=true',
    '/share-links?select[tokenHash]=true',
    '/share-links?select[accessAnswerHash]=true',
    '/handouts?populate[users][hash]=true',
    '/handouts?depth=1&populate[users][salt]=true',
    `/handouts/${'HANDOUT'}?depth=1&populate[users][resetPasswordToken]=true`,
    '/share-links?depth=2&populate[users][hash]=true',
  ])('clinician: GET %s is 400', async (template) => {
    const path = template.replace('SELF', String(clinician.id)).replace('HANDOUT', String(handoutId))
    expect({ path, status: (await get(path, clinicianToken)).status }).toEqual({ path, status: 400 })
  })
})

describe('where on fields the user cannot read (Payload checks it; kept refused)', () => {
  it.each([
    '/handouts?where[clinician.hash][exists]=true',
    '/handouts?where[clinician.salt][like]=a',
    '/share-links?where[tokenHash][exists]=true',
    '/users?where[resetPasswordToken][exists]=true',
    '/kits?where[owner.hash][exists]=true',
  ])('clinician: GET %s is 400', async (path) => {
    expect((await get(path, clinicianToken)).status).toBe(400)
  })
})

describe('text operators and unknown values on a select (an enum in PostgreSQL)', () => {
  it.each([
    ['/topics?where[_status][like]=pub', 'anonymous-capable topics list'],
    ['/topics?where[_status][equals]=bogus', 'a value the enum lacks'],
    ['/topics?where[_status][in]=bogus,published', 'one bad value in a list'],
    ['/topics?where[audience][not_equals]=zzz', 'hasMany select'],
    ['/topics?where[or][0][qualityFlags][contains]=pemat', 'inside an or'],
    ['/users?where[roles][like]=adm', 'users'],
    ['/audit-events?where[action][not_like]=share', 'audit events'],
  ])('GET %s is a 400, not a 500 (%s)', async (path) => {
    const response = await get(path, adminToken)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/cannot be queried/)
  })

  it('still matches text fields and compares selects exactly', async () => {
    expect((await get('/topics?where[title][like]=back', adminToken)).status).toBe(200)
    expect((await get('/audit-events?where[action][equals]=share.create&limit=1', adminToken)).status).toBe(200)
    expect((await get('/topics?where[_status][in]=draft,published&where[audience][exists]=true', adminToken)).status).toBe(200)
  })
})

describe('queries on readable fields', () => {
  it('still work, in the order asked', async () => {
    const byTitle = await get('/handouts?sort=title&limit=100', clinicianToken)
    expect(byTitle.status).toBe(200)
    const newestFirst = await get('/handouts?sort=-createdAt&limit=100', clinicianToken)
    expect(newestFirst.status).toBe(200)
    const createdAt = newestFirst.body.docs!.map((doc) => String(doc.createdAt))
    expect(createdAt).toEqual([...createdAt].sort().reverse())
    expect(newestFirst.body.docs!.length).toBeGreaterThanOrEqual(2)

    const selected = await get('/handouts?select[title]=true&select[clinician]=true&depth=1&populate[users][name]=true&limit=100', clinicianToken)
    expect(selected.status).toBe(200)
    expect(Object.keys(selected.body.docs![0]!).sort()).toEqual(['clinician', 'id', 'title'])
    expect((await get('/handouts?sort=-clinician&sort=title', clinicianToken)).status).toBe(200)
    expect((await get('/share-links?sort=-expiresAt&select[tokenId]=true', clinicianToken)).status).toBe(200)
    expect((await get(`/users/${clinician.id}?select[name]=true&select[email]=true`, clinicianToken)).status).toBe(200)
    expect((await get('/kits?sort=owner&where[name][equals]=Query%20kit', clinicianToken)).status).toBe(200)
    // Whole arrays and nested fields of arrays and blocks, as the workspace lists select them.
    expect((await get('/topics?select[title]=true&select[codes]=true&select[reviewDueAt]=true', clinicianToken)).status).toBe(200)
    expect((await get('/handouts?select[sections][topicTitle]=true&select[topicVersions]=true', clinicianToken)).status).toBe(200)
    expect((await get('/topics?select[sections][text][heading]=true', clinicianToken)).status).toBe(200)
    // Admins read every account, so they may sort by what they can read there.
    expect((await get('/handouts?sort=clinician.name&limit=5', adminToken)).status).toBe(200)
    expect((await get('/audit-events?sort=-createdAt&limit=5', adminToken)).status).toBe(200)
  })
})
