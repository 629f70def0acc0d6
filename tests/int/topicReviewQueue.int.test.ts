import crypto from 'node:crypto'

import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { slugify } from '@/fields/slugField'
import { paragraphsToRichText } from '@/lib/content/lexical'
import { requestTopicChanges } from '@/lib/topics/requestTopicChanges'
import { submitTopicForReview } from '@/lib/topics/submitTopicForReview'
import type { Topic } from '@/payload-types'

import { AGREED_PEMAT_RATING, createTestUser, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

type TopicData = Omit<Topic, 'id' | 'createdAt' | 'updatedAt'>

/** Plain words, a source, tiered warning signs and a finished PEMAT-P rating: the only flags are the ones a test adds. */
function topicData(overrides: Partial<TopicData> = {}): TopicData {
  const title = `Review queue topic ${crypto.randomBytes(4).toString('hex')}`
  return {
    title,
    slug: slugify(title),
    summary: 'A short guide to rest and gentle movement.',
    mainMessage: 'Rest, move gently and call if it gets worse.',
    sections: [
      { blockType: 'text', heading: 'Rest', body: paragraphsToRichText(['Rest for a day or two. Then walk a little more each day.']) as never },
      { blockType: 'warningSigns', heading: 'When to get help now', signs: [{ text: 'Chest pain', tier: 'emergency' }] },
    ],
    sources: [{ citation: 'NHS. Back pain.', url: 'https://www.nhs.uk/conditions/back-pain/' }],
    // Rated already, so PEMAT-P raises nothing and each test's own flags are the only ones.
    pemat: AGREED_PEMAT_RATING,
    _status: 'draft',
    ...overrides,
  }
}

async function draft(overrides: Partial<TopicData> = {}) {
  return payload.create({ collection: 'topics', overrideAccess: true, draft: true, data: topicData(overrides) })
}

async function latest(id: number) {
  return payload.findByID({ collection: 'topics', id, draft: true, overrideAccess: true, depth: 0 })
}

async function auditActions(topicId: number) {
  const { docs } = await payload.find({
    collection: 'audit-events',
    overrideAccess: true,
    where: { and: [{ targetCollection: { equals: 'topics' } }, { targetId: { equals: String(topicId) } }] },
    sort: 'createdAt',
    depth: 0,
  })
  return docs
}

describe('review queue: submit, request changes, publish', () => {
  it('an editor submits a draft, the reviewer finds it waiting, sends it back with a comment, then publishes it', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const reviewer = await createTestUser(payload, ['reviewer'])
    const topic = await draft()

    await submitTopicForReview({ payload, user: editor, topicId: topic.id })
    expect((await latest(topic.id)).reviewRequest).toBe('waiting')

    const queue = await payload.find({
      collection: 'topics',
      draft: true,
      user: reviewer,
      overrideAccess: false,
      where: { reviewRequest: { equals: 'waiting' } },
      limit: 200,
    })
    expect(queue.docs.map((doc) => doc.id)).toContain(topic.id)

    await requestTopicChanges({ payload, user: reviewer, topicId: topic.id, comment: '  Say what “rest” means in hours.  ' })
    const sentBack = await latest(topic.id)
    expect(sentBack.reviewRequest).toBe('changes-requested')
    expect(sentBack.reviewComment).toBe('Say what “rest” means in hours.')

    await submitTopicForReview({ payload, user: editor, topicId: topic.id })
    const published = await payload.update({ collection: 'topics', id: topic.id, user: reviewer, overrideAccess: false, data: { _status: 'published' } })
    expect(published.reviewRequest ?? null).toBeNull()
    expect((await latest(topic.id)).reviewRequest ?? null).toBeNull()

    const actions = (await auditActions(topic.id)).map((event) => [event.action, typeof event.actor === 'object' ? event.actor?.id : event.actor])
    expect(actions).toEqual([
      ['topic.submit-review', editor.id],
      ['topic.request-changes', reviewer.id],
      ['topic.submit-review', editor.id],
      ['topic.publish', reviewer.id],
    ])
  })

  it('lets only content staff submit, and only reviewers and admins request changes', async () => {
    const topic = await draft()
    const clinician = await createTestUser(payload, ['clinician'])
    const editor = await createTestUser(payload, ['editor'])
    await expect(submitTopicForReview({ payload, user: clinician, topicId: topic.id })).rejects.toThrow()
    await expect(submitTopicForReview({ payload, user: null, topicId: topic.id })).rejects.toThrow()
    await expect(requestTopicChanges({ payload, user: editor, topicId: topic.id, comment: 'Looks fine to me.' })).rejects.toThrow()
    const unchanged = await latest(topic.id)
    expect(unchanged.reviewRequest ?? null).toBeNull()
    expect(unchanged.reviewComment ?? null).toBeNull()
    expect(await auditActions(topic.id)).toEqual([])
  })

  it('refuses a request for changes without a comment', async () => {
    const topic = await draft()
    const reviewer = await createTestUser(payload, ['reviewer'])
    await expect(requestTopicChanges({ payload, user: reviewer, topicId: topic.id, comment: '   ' })).rejects.toMatchObject({
      status: 400,
      message: 'Say what the editor should change.',
    })
  })

  it('keeps the review state out of reach of a plain API update, so every change is audited', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const topic = await draft()
    const updated = await payload.update({
      collection: 'topics',
      id: topic.id,
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { reviewRequest: 'waiting', _status: 'draft' },
    })
    expect(updated.reviewRequest ?? null).toBeNull()
  })
})

describe('review endpoints over REST', () => {
  const tokens = new Map<Role, string>()
  beforeAll(async () => {
    for (const role of ['editor', 'reviewer', 'clinician'] as Role[]) {
      const user = await createTestUser(payload, [role])
      const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'int-test-password-123' } })
      tokens.set(role, token!)
    }
  })

  async function post(role: Role, path: string, body?: unknown) {
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `JWT ${tokens.get(role)}` }
    const request = new Request(`http://localhost${path}`, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const response = await handleEndpoints({ config: payload.config, request })
    return { status: response.status, text: await response.text() }
  }

  it('answers 200 to content staff, 403 to a clinician, 404 to a malformed id and 400 with the reason to an empty comment', async () => {
    const topic = await draft()
    expect((await post('clinician', `/api/topics/${topic.id}/submit-review`)).status).toBe(403)
    expect((await post('editor', `/api/topics/${topic.id}/submit-review`)).status).toBe(200)
    expect((await latest(topic.id)).reviewRequest).toBe('waiting')
    expect((await post('editor', '/api/topics/abc/submit-review')).status).toBe(404)

    expect((await post('editor', `/api/topics/${topic.id}/request-changes`, { comment: 'No.' })).status).toBe(403)
    const empty = await post('reviewer', `/api/topics/${topic.id}/request-changes`, {})
    expect(empty.status).toBe(400)
    expect(empty.text).toContain('Say what the editor should change.')
    expect((await post('reviewer', `/api/topics/${topic.id}/request-changes`, { comment: 'Add a source for the exercise.' })).status).toBe(200)
    expect((await latest(topic.id)).reviewComment).toBe('Add a source for the exercise.')
  })
})

describe('accepting quality flags', () => {
  it('refuses with a 400 naming it a flag the topic does not raise, through the API, and stores and audits nothing', async () => {
    const reviewer = await createTestUser(payload, ['reviewer'])
    const { token } = await payload.login({ collection: 'users', data: { email: reviewer.email, password: 'int-test-password-123' } })
    const topic = await draft({ sources: [] })
    expect(topic.qualityFlags).toEqual(['no-sources'])
    const request = new Request(`http://localhost/api/topics/${topic.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ _status: 'published', acknowledgedFlags: ['no-sources', 'no-warning-signs'] }),
    })
    const response = await handleEndpoints({ config: payload.config, request })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('‘No “When to get help now” section’ is not raised by this topic, so it cannot be accepted')
    const unchanged = await latest(topic.id)
    expect(unchanged._status).toBe('draft')
    expect(unchanged.acknowledgedFlags ?? []).toEqual([])
    expect((await auditActions(topic.id)).some((event) => event.action === 'topic.publish')).toBe(false)

    // The same through the Local API, on a draft save too: nothing is accepted that is not raised.
    await expect(
      payload.update({
        collection: 'topics',
        id: topic.id,
        draft: true,
        user: reviewer,
        overrideAccess: false,
        data: { acknowledgedFlags: ['promotional'], _status: 'draft' },
      }),
    ).rejects.toThrow(/‘Promotional or vendor content’ is not raised by this topic/)
    const published = await payload.update({
      collection: 'topics',
      id: topic.id,
      user: reviewer,
      overrideAccess: false,
      data: { _status: 'published', acknowledgedFlags: ['no-sources'] },
    })
    expect(published.acknowledgedFlags).toEqual(['no-sources'])
  })

  it('counts a single open flag as one, in one sentence', async () => {
    const reviewer = await createTestUser(payload, ['reviewer'])
    const topic = await draft({ sources: [] })
    await expect(payload.update({ collection: 'topics', id: topic.id, user: reviewer, overrideAccess: false, data: { _status: 'published' } })).rejects.toThrow(
      /^One quality flag is not accepted yet \(‘No sources listed’\)[^:]*$/,
    )
  })

  it('records the accepted flags in the publish audit event, and drops an acceptance once its flag is fixed', async () => {
    const reviewer = await createTestUser(payload, ['reviewer'])
    const topic = await draft({ sources: [] })
    await payload.update({
      collection: 'topics',
      id: topic.id,
      user: reviewer,
      overrideAccess: false,
      data: { _status: 'published', acknowledgedFlags: ['no-sources'] },
    })
    const publish = (await auditActions(topic.id)).find((event) => event.action === 'topic.publish')!
    expect(publish.detail).toMatch(/(^|; )accepted no-sources($|;)/)

    const editor = await createTestUser(payload, ['editor'])
    const fixed = await payload.update({
      collection: 'topics',
      id: topic.id,
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { sources: [{ citation: 'NHS. Back pain.', url: 'https://www.nhs.uk/conditions/back-pain/' }], _status: 'draft' },
    })
    expect(fixed.qualityFlags).toEqual([])
    expect(fixed.acknowledgedFlags).toEqual([])
  })
})

describe('the topics list and version compare', () => {
  it('tells a topic’s published grade (flagged) from its plainer draft’s', async () => {
    const { findReadingGradeFigures, formatReadingGradeFigures } = await import('@/lib/topics/readingGradeFigures')
    const reviewer = await createTestUser(payload, ['reviewer'])
    const editor = await createTestUser(payload, ['editor'])
    const hard = paragraphsToRichText([
      'Musculoskeletal discomfort originating in the thoracic region frequently intensifies during nocturnal recumbency, particularly when inappropriate positioning exacerbates paraspinal muscular tension.',
    ]) as never
    const live = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      data: { ...topicData(), sections: [{ blockType: 'text', heading: 'Why it hurts', body: hard }, ...topicData().sections.slice(1)], _status: 'published' },
    })
    await payload.update({
      collection: 'topics',
      id: live.id,
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { sections: topicData().sections, _status: 'draft' },
    })
    // What the admin list reads: the latest version of each topic.
    const { docs } = await payload.find({ collection: 'topics', draft: true, user: reviewer, overrideAccess: false, where: { id: { equals: live.id } } })
    const latestVersion = docs[0]!
    expect(latestVersion._status).toBe('draft')
    const published = await payload.findByID({ collection: 'topics', id: live.id, draft: false, overrideAccess: true })
    expect(published.readingGrade).toBeGreaterThan(6)
    expect(published.readingGrade).not.toBe(latestVersion.readingGrade)
    const text = formatReadingGradeFigures(await findReadingGradeFigures({ payload, latest: latestVersion }))
    expect(text).toBe(`Published ${published.readingGrade} (above target) · Draft ${latestVersion.readingGrade}`)
  })

  it('opens a version without a chosen comparison against the published version, through the endpoint the proxy sends it to', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const reviewer = await createTestUser(payload, ['reviewer'])
    const { token } = await payload.login({ collection: 'users', data: { email: reviewer.email, password: 'int-test-password-123' } })
    const open = async (topicId: number | string, versionId: number | string, query = '') => {
      const request = new Request(`http://localhost/api/topics/${topicId}/compare-with-published/${versionId}${query}`, {
        headers: { authorization: `JWT ${token}` },
      })
      const response = await handleEndpoints({ config: payload.config, request })
      return { status: response.status, location: response.headers.get('location') }
    }
    const live = await payload.create({ collection: 'topics', overrideAccess: true, data: { ...topicData(), _status: 'published' } })
    // Two draft saves after publishing: Payload's default would compare the second with the first.
    for (const summary of ['A clearer summary.', 'A clearer summary, again.']) {
      await payload.update({ collection: 'topics', id: live.id, draft: true, user: editor, overrideAccess: false, data: { summary, _status: 'draft' } })
    }
    const { docs: versions } = await payload.findVersions({
      collection: 'topics',
      where: { parent: { equals: live.id } },
      sort: '-updatedAt',
      overrideAccess: true,
    })
    const [latestDraft, previousDraft] = versions
    const published = versions.find((version) => version.version._status === 'published')!
    expect(latestDraft!.version._status).toBe('draft')
    expect(previousDraft!.version._status).toBe('draft')

    expect(await open(live.id, latestDraft!.id, '?locale=en')).toEqual({
      status: 303,
      location: `/admin/collections/topics/${live.id}/versions/${latestDraft!.id}?locale=en&versionFrom=${published.id}`,
    })
    // The published version itself: nothing to pick, so Payload's previous version, and no second redirect.
    expect(await open(live.id, published.id)).toEqual({ status: 303, location: `/admin/collections/topics/${live.id}/versions/${published.id}?versionFrom=` })
    expect((await open('abc', latestDraft!.id)).status).toBe(404)
  })

  it('links the latest draft to the published version for comparison, and lists waiting topics for the dashboard', async () => {
    const { publishedVersusDraftPath } = await import('@/lib/topics/publishedVersusDraftPath')
    const { findTopicsWaitingForReview } = await import('@/lib/topics/reviewQueue')
    const editor = await createTestUser(payload, ['editor'])
    const reviewer = await createTestUser(payload, ['reviewer'])
    const live = await payload.create({ collection: 'topics', overrideAccess: true, data: { ...topicData(), _status: 'published' } })
    expect(await publishedVersusDraftPath({ payload, user: reviewer, topicId: live.id })).toBeNull()

    await payload.update({
      collection: 'topics',
      id: live.id,
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { summary: 'A clearer summary.', _status: 'draft' },
    })
    const { docs: versions } = await payload.findVersions({
      collection: 'topics',
      where: { parent: { equals: live.id } },
      sort: '-updatedAt',
      overrideAccess: true,
    })
    const draftVersion = versions.find((version) => version.version._status === 'draft')!
    const publishedVersion = versions.find((version) => version.version._status === 'published')!
    expect(await publishedVersusDraftPath({ payload, user: reviewer, topicId: live.id })).toBe(
      `/admin/collections/topics/${live.id}/versions/${draftVersion.id}?versionFrom=${publishedVersion.id}`,
    )

    await submitTopicForReview({ payload, user: editor, topicId: live.id })
    const queue = await findTopicsWaitingForReview({ payload, user: reviewer, limit: 500 })
    expect(queue.topics.map((topic) => topic.id)).toContain(live.id)
    const clinician = await createTestUser(payload, ['clinician'])
    expect((await findTopicsWaitingForReview({ payload, user: clinician })).total).toBe(0)
  })
})
