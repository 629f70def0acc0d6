import crypto from 'node:crypto'

import { handleEndpoints, type Payload, type Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { slugify } from '@/fields/slugField'
import type { PortalUser } from '@/lib/auth/portalUser'
import { paragraphsToRichText } from '@/lib/content/lexical'
import { relationId } from '@/lib/payload/relationId'
import type { Topic } from '@/payload-types'

import { AGREED_PEMAT_RATING, createTestUser, findSeededTopic, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

type TopicData = Omit<Topic, 'id' | 'createdAt' | 'updatedAt'>

/** A topic with nothing to flag: plain words, a source, a "When to get help now" section, and a finished PEMAT-P rating. */
function cleanTopic(title = `Workflow topic ${crypto.randomBytes(4).toString('hex')}`): TopicData {
  return {
    title,
    slug: slugify(`${title}-${crypto.randomBytes(3).toString('hex')}`),
    summary: 'A short guide to rest and gentle movement.',
    mainMessage: 'Rest, move gently and call if it gets worse.',
    sections: [
      {
        blockType: 'text',
        heading: 'Rest',
        body: paragraphsToRichText(['Rest for a day or two. Then walk a little more each day.']) as unknown as Extract<
          Topic['sections'][number],
          { blockType: 'text' }
        >['body'],
      },
      {
        blockType: 'warningSigns',
        heading: 'When to get help now',
        signs: [
          { text: 'Chest pain', tier: 'emergency' },
          { text: 'Fever', tier: 'today' },
        ],
      },
    ],
    sources: [{ citation: 'NHS. Back pain.', url: 'https://www.nhs.uk/conditions/back-pain/' }],
    pemat: AGREED_PEMAT_RATING,
    _status: 'draft',
  }
}

const ROLES: Role[] = ['admin', 'editor', 'reviewer', 'clinician']
const CONTENT_ROLES = new Set<Role>(['admin', 'editor', 'reviewer'])
const PUBLISHERS = new Set<Role>(['admin', 'reviewer'])

async function draftAsAdmin(data: TopicData = cleanTopic()) {
  return payload.create({ collection: 'topics', overrideAccess: true, draft: true, data: { ...data, _status: 'draft' } })
}

async function publishedTopic(data: TopicData = cleanTopic()) {
  return payload.create({ collection: 'topics', overrideAccess: true, data: { ...data, _status: 'published' } })
}

describe('topic access matrix through the Local API (overrideAccess: false)', () => {
  const users = new Map<Role, PortalUser>()
  beforeAll(async () => {
    for (const role of ROLES) users.set(role, await createTestUser(payload, [role]))
  })

  it.each(ROLES)('%s: create, update, publish, read draft, read published', async (role) => {
    const user = users.get(role)!
    const local = { user, overrideAccess: false } as const

    const create = payload.create({ collection: 'topics', ...local, draft: true, data: cleanTopic() })
    if (CONTENT_ROLES.has(role)) await expect(create).resolves.toMatchObject({ _status: 'draft' })
    else await expect(create).rejects.toThrow()

    const draft = await draftAsAdmin()
    const update = payload.update({ collection: 'topics', id: draft.id, ...local, draft: true, data: { summary: 'Edited summary.', _status: 'draft' } })
    if (CONTENT_ROLES.has(role)) await expect(update).resolves.toMatchObject({ summary: 'Edited summary.' })
    else await expect(update).rejects.toThrow()

    const publish = payload.update({ collection: 'topics', id: draft.id, ...local, data: { _status: 'published' } })
    if (PUBLISHERS.has(role)) await expect(publish).resolves.toMatchObject({ _status: 'published' })
    else if (role === 'editor') await expect(publish).rejects.toThrow(/Only a reviewer or an admin can publish/)
    else await expect(publish).rejects.toThrow()

    const otherDraft = await draftAsAdmin()
    const readDraft = await payload.find({ collection: 'topics', ...local, draft: true, where: { id: { equals: otherDraft.id } } })
    expect(readDraft.totalDocs).toBe(CONTENT_ROLES.has(role) ? 1 : 0)

    const published = await publishedTopic()
    const readPublished = await payload.findByID({ collection: 'topics', id: published.id, ...local })
    expect(readPublished.title).toBe(published.title)
  })

  it('leaves an editor’s refused publication unpublished, and the draft still readable by the editor', async () => {
    const editor = users.get('editor')!
    const draft = await draftAsAdmin()
    await expect(payload.update({ collection: 'topics', id: draft.id, user: editor, overrideAccess: false, data: { _status: 'published' } })).rejects.toThrow()
    const clinicianView = await payload.find({
      collection: 'topics',
      user: users.get('clinician')!,
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(clinicianView.totalDocs).toBe(0)
  })
})

describe('topic access matrix through REST (/api/topics with a JWT)', () => {
  const tokens = new Map<Role, string>()
  beforeAll(async () => {
    for (const role of ROLES) {
      const user = await createTestUser(payload, [role])
      const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'int-test-password-123' } })
      tokens.set(role, token!)
    }
  })

  async function rest(role: Role | null, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (role) headers.authorization = `JWT ${tokens.get(role)}`
    const request = new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const response = await handleEndpoints({ config: payload.config, request })
    return { status: response.status, json: (await response.json()) as Record<string, unknown> }
  }

  it.each(ROLES)('%s: create, update, publish, read draft, read published', async (role) => {
    const created = await rest(role, 'POST', '/api/topics?draft=true', { ...cleanTopic(), _status: 'draft' })
    expect(created.status).toBe(CONTENT_ROLES.has(role) ? 201 : 403)

    const draft = await draftAsAdmin()
    const updated = await rest(role, 'PATCH', `/api/topics/${draft.id}?draft=true`, { summary: 'Edited over REST.', _status: 'draft' })
    expect(updated.status).toBe(CONTENT_ROLES.has(role) ? 200 : 403)

    const published = await rest(role, 'PATCH', `/api/topics/${draft.id}`, { _status: 'published' })
    expect(published.status).toBe(PUBLISHERS.has(role) ? 200 : 403)
    if (role === 'editor') expect(JSON.stringify(published.json)).toContain('Only a reviewer or an admin can publish')

    const otherDraft = await draftAsAdmin()
    const readDraft = await rest(role, 'GET', `/api/topics/${otherDraft.id}?draft=true`)
    expect(readDraft.status).toBe(CONTENT_ROLES.has(role) ? 200 : 404)

    const live = await publishedTopic()
    const readPublished = await rest(role, 'GET', `/api/topics/${live.id}`)
    expect(readPublished.status).toBe(200)
    expect(readPublished.json.title).toBe(live.title)
  })

  it('anonymous callers read published topics only and cannot write', async () => {
    const draft = await draftAsAdmin()
    expect((await rest(null, 'GET', `/api/topics/${draft.id}?draft=true`)).status).toBe(404)
    expect((await rest(null, 'POST', '/api/topics', cleanTopic())).status).toBe(403)
    const live = await publishedTopic()
    expect((await rest(null, 'GET', `/api/topics/${live.id}`)).status).toBe(200)
  })
})

describe('publishing', () => {
  it('records the reviewer, the review date, a due date one year later, and an audit event', async () => {
    const reviewer = await createTestUser(payload, ['reviewer'])
    const draft = await draftAsAdmin()
    const before = Date.now()
    const published = await payload.update({ collection: 'topics', id: draft.id, user: reviewer, overrideAccess: false, data: { _status: 'published' } })
    expect(published.reviewedBy).toMatchObject({ id: reviewer.id })
    const reviewedAt = new Date(published.reviewedAt!).getTime()
    expect(reviewedAt).toBeGreaterThanOrEqual(before - 1000)
    const due = new Date(published.reviewDueAt!)
    const expected = new Date(reviewedAt)
    expected.setUTCFullYear(expected.getUTCFullYear() + 1)
    expect(due.toISOString()).toBe(expected.toISOString())

    const audit = await payload.find({
      collection: 'audit-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'topic.publish' } }, { targetId: { equals: String(draft.id) } }] },
    })
    expect(audit.totalDocs).toBe(1)
    expect(audit.docs[0]!.actor).toMatchObject({ id: reviewer.id })
  })

  it('ignores review fields an editor tries to set', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const draft = await payload.create({
      collection: 'topics',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { ...cleanTopic(), reviewedBy: editor.id, reviewedAt: new Date().toISOString(), acknowledgedFlags: ['no-sources'] },
    })
    expect(draft.reviewedBy ?? null).toBeNull()
    expect(draft.reviewedAt ?? null).toBeNull()
    expect(draft.acknowledgedFlags ?? []).toEqual([])
  })

  it('requires the reviewer to accept every open quality flag, with a message naming them', async () => {
    const reviewer = await createTestUser(payload, ['reviewer'])
    const draft = await draftAsAdmin({ ...cleanTopic(), sources: [] })
    expect(draft.qualityFlags).toEqual(['no-sources'])
    await expect(payload.update({ collection: 'topics', id: draft.id, user: reviewer, overrideAccess: false, data: { _status: 'published' } })).rejects.toThrow(
      /No sources listed/,
    )
    const stillDraft = await payload.findByID({ collection: 'topics', id: draft.id, overrideAccess: true })
    expect(stillDraft._status).toBe('draft')
    const published = await payload.update({
      collection: 'topics',
      id: draft.id,
      user: reviewer,
      overrideAccess: false,
      data: { _status: 'published', acknowledgedFlags: ['no-sources'] },
    })
    expect(published._status).toBe('published')
  })
})

describe('readability and quality on save', () => {
  it('notes a topic that asks no understanding questions, without blocking its publication', async () => {
    const reviewer = await createTestUser(payload, ['reviewer'])
    const draft = await draftAsAdmin()
    const notices = (draft.readability as { notices?: Array<{ code: string }> }).notices ?? []
    expect(notices.map((notice) => notice.code)).toEqual(['no-understanding-check'])
    const published = await payload.update({ collection: 'topics', id: draft.id, user: reviewer, overrideAccess: false, data: { _status: 'published' } })
    expect(published._status).toBe('published')
    const seeded = await findSeededTopic(payload)
    expect((seeded.readability as { notices?: unknown[] }).notices).toEqual([])
  })

  it('stores the seeded topic’s grade and flags: grade 6 or lower overall and in every section, nothing flagged', async () => {
    const topic = await findSeededTopic(payload)
    expect(topic.readingGrade).toBeLessThanOrEqual(6)
    expect(topic.smogIndex).toBeLessThanOrEqual(8)
    expect(topic.qualityFlags).toEqual([])
    const readability = topic.readability as { sections: Array<{ heading: string; fleschKincaidGrade: number | null }> }
    expect(readability.sections.length).toBe(topic.sections.length)
    for (const section of readability.sections) expect(section.fleschKincaidGrade ?? 0, section.heading).toBeLessThanOrEqual(6)
    expect(topic.codes).toEqual([expect.objectContaining({ system: 'icd10cm', code: 'M54.6', display: 'Pain in thoracic spine' })])
    expect(topic.reviewedBy).toMatchObject({ email: 'reviewer@careleaf.local' })
  })

  it('flags promotional text an editor saves and recomputes the grade', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const data = cleanTopic()
    const draft = await payload.create({
      collection: 'topics',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: {
        ...data,
        sections: [
          ...data.sections,
          { blockType: 'tips', heading: 'Tips', do: [{ text: 'Take Pain O Soma 350 for relief. These medications can be obtained from Medicationplace.' }] },
        ],
      },
    })
    expect(draft.qualityFlags).toContain('promotional')
    expect(typeof draft.readingGrade).toBe('number')
  })
})

describe('library search', () => {
  it('ranks a title match above a body match and leaves drafts out', async () => {
    const { searchTopics } = await import('@/lib/topics/searchTopics')
    const clinician = await createTestUser(payload, ['clinician'])
    const bodyMatch = await publishedTopic({
      ...cleanTopic('Recovering at home'),
      sections: [
        { blockType: 'text', heading: 'After surgery', body: paragraphsToRichText(['After kyphoplasty you can walk the same day.']) as never },
        ...cleanTopic().sections.slice(1),
      ],
    })
    const titleMatch = await publishedTopic(cleanTopic('Kyphoplasty: what to expect'))
    const draft = await draftAsAdmin(cleanTopic('Kyphoplasty draft notes'))

    const { topics: results } = await searchTopics({ payload, user: clinician, query: 'kyphoplasty' })
    const ids = results.map((topic) => topic.id)
    expect(ids).toContain(bodyMatch.id)
    expect(ids.indexOf(titleMatch.id)).toBeLessThan(ids.indexOf(bodyMatch.id))
    expect(ids).not.toContain(draft.id)
  })

  it('finds the seeded topic by its ICD-10-CM code, typed with or without the dot, by a synonym, and filters by category', async () => {
    const { searchTopics } = await import('@/lib/topics/searchTopics')
    const clinician = await createTestUser(payload, ['clinician'])
    const seeded = await findSeededTopic(payload)
    for (const query of ['M54.6', 'm546']) {
      const { topics: results } = await searchTopics({ payload, user: clinician, query })
      expect(results[0]?.id, query).toBe(seeded.id)
    }
    expect((await searchTopics({ payload, user: clinician, query: 'thoracic back pain' })).topics.map((topic) => topic.id)).toContain(seeded.id)
    expect((await searchTopics({ payload, user: clinician, query: 'Z99.89' })).topics).toEqual([])

    const categoryId = (seeded.categories ?? []).map((category) => relationId(category))[0]!
    const otherCategory = await payload.create({
      collection: 'categories',
      overrideAccess: true,
      data: { name: 'Other', slug: `other-${crypto.randomBytes(3).toString('hex')}`, kind: 'specialty' },
    })
    expect((await searchTopics({ payload, user: clinician, query: 'sleep', categoryId })).topics.map((topic) => topic.id)).toContain(seeded.id)
    expect((await searchTopics({ payload, user: clinician, query: 'sleep', categoryId: otherCategory.id })).topics.map((topic) => topic.id)).not.toContain(
      seeded.id,
    )
  })
})

describe('handouts from blocks', () => {
  it('snapshot each block type the clinician picks, warning signs and pictures included', async () => {
    const { createHandout } = await import('@/lib/handouts/createHandout')
    const { handoutSectionSnapshots } = await import('@/lib/handouts/toHandoutDocumentData')
    const clinician = await createTestUser(payload, ['clinician'])
    const topic = await findSeededTopic(payload)
    const picked = topic.sections.filter((section) => section.blockType !== 'text')
    const handout = await createHandout({
      payload,
      user: clinician,
      input: { topicId: topic.id, sectionIds: picked.map((section) => section.id!), patientName: 'Block Patient' },
    })
    const snapshots = handoutSectionSnapshots(handout)
    expect(snapshots.map((snapshot) => snapshot.blockType)).toEqual(['media', 'plan', 'exercise', 'media', 'tips', 'warningSigns', 'check'])
    const check = snapshots.find((snapshot) => snapshot.blockType === 'check')!
    expect(check.blockType === 'check' && check.body.questions).toHaveLength(3)
    const warning = snapshots.find((snapshot) => snapshot.blockType === 'warningSigns')!
    expect(JSON.stringify(warning.body)).toContain('Shortness of breath')
    expect(handout.topicVersions?.[0]).toMatchObject({ mainMessage: topic.mainMessage, summary: topic.summary })
  })
})

describe('the seeded topic: plain language published, the import kept as an earlier version', () => {
  it('publishes the plain-language version with a main message, a plan, two captioned pictures and tiered warning signs', async () => {
    const published = await findSeededTopic(payload)
    expect(published._status).toBe('published')
    expect(published.summary).toMatch(/^Upper back pain at night is common\./)
    expect(published.mainMessage).toMatch(/^Sleep on your back/)
    expect(
      published.sections.map((section) => (section.blockType === 'media' ? 'media' : 'heading' in section ? section.heading : section.name)),
    ).not.toContain('Overview')
    const plan = published.sections.find((section) => section.blockType === 'plan')!
    expect(plan.blockType === 'plan' && plan.moments.map((moment) => moment.when)).toEqual(['Tonight', 'Each day', 'Call if …'])
    const pictures = published.sections.filter((section) => section.blockType === 'media')
    expect(pictures).toHaveLength(2)
    for (const picture of pictures) {
      expect(picture.blockType === 'media' && picture.caption).toBeTruthy()
      const image = picture.blockType === 'media' ? picture.image : null
      expect(typeof image === 'object' && image ? image.alt : '').toMatch(/\w/)
      expect(typeof image === 'object' && image ? image.mimeType : '').toBe('image/png')
    }
    const warning = published.sections.find((section) => section.blockType === 'warningSigns')!
    expect(warning.blockType === 'warningSigns' && warning.signs.every((sign) => sign.tier)).toBe(true)
    // The patient's text says "spine"; only the imported original says "spinal cord".
    expect(JSON.stringify(published.sections)).not.toMatch(/spinal cord/i)
    expect(JSON.stringify(published.sections)).toContain('Try to keep your spine straight')
  })

  it('records the demo reviewer’s sign-off and the topic.publish audit event', async () => {
    const published = await findSeededTopic(payload)
    expect(published.reviewedBy).toMatchObject({ email: 'reviewer@careleaf.local' })
    expect(published.reviewedAt).toBeTruthy()
    expect(new Date(published.reviewDueAt!).getTime()).toBeGreaterThan(new Date(published.reviewedAt!).getTime())
    const { docs } = await payload.find({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'topic.publish' } }, { targetId: { equals: String(published.id) } }] },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs.length).toBeGreaterThanOrEqual(1)
  })

  it('keeps the imported original, word for word, as an earlier version', async () => {
    const published = await findSeededTopic(payload)
    const where: Where = { and: [{ parent: { equals: published.id } }, { 'version.summary': { like: 'During sleep, many individuals' } }] }
    const { docs } = await payload.findVersions({ collection: 'topics', where, overrideAccess: true, limit: 1, sort: 'createdAt' })
    const original = docs[0]!
    expect(original.version._status).toBe('draft')
    expect(original.version.sections.map((section) => ('heading' in section ? section.heading : null))).toContain('Poor Sleeping Posture')
    expect(JSON.stringify(original.version.sections)).toContain('Your spinal cord should be perfectly aligned')
    expect(original.version.readingGrade).toBeGreaterThan(8)
    expect(new Date(original.createdAt).getTime()).toBeLessThan(new Date(published.updatedAt).getTime())
  })

  it('is hidden from clinicians: they cannot list topic versions', async () => {
    const published = await findSeededTopic(payload)
    const clinician = await createTestUser(payload, ['clinician'])
    await expect(
      payload.findVersions({ collection: 'topics', where: { parent: { equals: published.id } }, user: clinician, overrideAccess: false }),
    ).rejects.toThrow()
    const reviewer = await createTestUser(payload, ['reviewer'])
    const asReviewer = await payload.findVersions({ collection: 'topics', where: { parent: { equals: published.id } }, user: reviewer, overrideAccess: false })
    expect(asReviewer.totalDocs).toBeGreaterThan(1)
  })
})
