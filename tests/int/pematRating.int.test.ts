import crypto from 'node:crypto'

import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/fields/slugField'
import type { PortalUser } from '@/lib/auth/portalUser'
import { paragraphsToRichText } from '@/lib/content/lexical'
import type { Topic } from '@/payload-types'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

let payload: Payload
let reviewer: PortalUser
let editor: PortalUser

beforeAll(async () => {
  payload = await getTestPayload()
  reviewer = await createTestUser(payload, ['reviewer'])
  editor = await createTestUser(payload, ['editor'])
})

type TopicData = Omit<Topic, 'id' | 'createdAt' | 'updatedAt'>

/** Short, sourced, with warning signs: only PEMAT-P has anything to flag. */
function shortTopic(): TopicData {
  const title = `PEMAT topic ${crypto.randomBytes(4).toString('hex')}`
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
    _status: 'draft',
  }
}

/** The judgement items, answered; everything else is left to the structure's suggestions. */
const JUDGEMENT_AGREED = Object.fromEntries(['1', '2', '3', '4', '7', '10'].map((item) => [item, { answer: 'agree' as const }]))

async function draft(): Promise<Topic> {
  return payload.create({ collection: 'topics', overrideAccess: true, draft: true, data: shortTopic() })
}

function rate(id: number, user: PortalUser, pemat: unknown, extra: Partial<TopicData> = {}) {
  return payload.update({
    collection: 'topics',
    id,
    user,
    overrideAccess: false,
    draft: true,
    data: { pemat: pemat as Topic['pemat'], _status: 'draft', ...extra },
  })
}

describe('PEMAT-P on save', () => {
  it('scores the structure’s suggestions on save and flags the judgement items as not rated', async () => {
    const topic = await draft()
    // Suggested: 5, 6, 11, 12 agree and 15 disagree (no pictures); 20 agree, 21, 22, 23, 26 disagree.
    expect(topic.pematUnderstandability).toBe(80)
    expect(topic.pematActionability).toBe(20)
    expect(topic.qualityFlags).toEqual(['pemat-incomplete', 'pemat-actionability-low'])
    const readability = topic.readability as {
      flags: Array<{ code: string; details: string[] }>
      pematSuggestions: Record<string, { answer: string; reason: string }>
    }
    expect(readability.flags[0]!.details[0]).toBe('Items 1, 2, 3, 4, 7, 10 need a reviewer’s answer (PEMAT-P tab).')
    expect(readability.pematSuggestions['23']).toEqual({ answer: 'disagree', reason: expect.stringMatching(/No plan or checklist/) })
  })

  it('puts a reviewer’s answers over the suggestions, rescores, and records who rated it and when', async () => {
    const topic = await draft()
    const before = Date.now()
    const rated = await rate(topic.id, reviewer, {
      answers: { ...JUDGEMENT_AGREED, '15': { answer: 'agree', note: 'No picture would help here.' }, '23': { answer: 'agree' } },
    })
    expect(rated.pematUnderstandability).toBe(100)
    expect(rated.pematActionability).toBe(40)
    expect(rated.qualityFlags).toEqual(['pemat-actionability-low'])
    const pemat = rated.pemat as { ratedBy: number; ratedAt: string; answers: Record<string, unknown> }
    expect(pemat.ratedBy).toBe(reviewer.id)
    expect(new Date(pemat.ratedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(pemat.answers['15']).toEqual({ answer: 'agree', note: 'No picture would help here.' })
  })

  it('ignores the answers an editor sends: only reviewers rate', async () => {
    const topic = await draft()
    const rated = await rate(topic.id, reviewer, { answers: JUDGEMENT_AGREED })
    const edited = await rate(topic.id, editor, { answers: { ...JUDGEMENT_AGREED, '1': { answer: 'disagree' } } }, { summary: 'Edited by the editor.' })
    expect(edited.summary).toBe('Edited by the editor.')
    expect(edited.pemat).toEqual(rated.pemat)
    expect(edited.pematUnderstandability).toBe(rated.pematUnderstandability)

    const created = await payload.create({
      collection: 'topics',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { ...shortTopic(), pemat: { answers: JUDGEMENT_AGREED } },
    })
    expect(created.pemat ?? null).toBeNull()
    expect(created.qualityFlags).toContain('pemat-incomplete')
  })
})

describe('publishing below the threshold', () => {
  it('is refused until the reviewer accepts the PEMAT-P flags, and the audit event carries the scores', async () => {
    const topic = await draft()
    const publish = (acknowledgedFlags?: Topic['acknowledgedFlags']) =>
      payload.update({
        collection: 'topics',
        id: topic.id,
        user: reviewer,
        overrideAccess: false,
        data: { _status: 'published', ...(acknowledgedFlags ? { acknowledgedFlags } : {}) },
      })

    await expect(publish()).rejects.toThrow(/‘PEMAT-P rating not finished’ and ‘PEMAT-P actionability below 70 %’/)
    await rate(topic.id, reviewer, { answers: JUDGEMENT_AGREED })
    await expect(publish()).rejects.toThrow(/PEMAT-P actionability below 70 %/)
    const published = await publish(['pemat-actionability-low'])
    expect(published._status).toBe('published')

    const audit = await payload.find({
      collection: 'audit-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'topic.publish' } }, { targetId: { equals: String(topic.id) } }] },
    })
    expect(audit.docs[0]!.detail).toMatch(/PEMAT-P understandability 91 %, actionability 20 %; accepted pemat-actionability-low$/)
  })

  it('keeps each version’s scores', async () => {
    const topic = await draft()
    await rate(topic.id, reviewer, { answers: JUDGEMENT_AGREED })
    await rate(topic.id, reviewer, { answers: { ...JUDGEMENT_AGREED, '1': { answer: 'disagree' } } })
    const { docs } = await payload.findVersions({
      collection: 'topics',
      where: { parent: { equals: topic.id } },
      overrideAccess: true,
      sort: 'createdAt',
      limit: 10,
    })
    expect(docs.map((version) => version.version.pematUnderstandability)).toEqual([80, 91, 82])
  })
})

describe('a malformed rating over REST', () => {
  it('gets a 400 naming what is wrong, and changes nothing', async () => {
    const topic = await draft()
    const { token } = await payload.login({ collection: 'users', data: { email: reviewer.email, password: 'int-test-password-123' } })
    const patch = async (pemat: unknown) => {
      const request = new Request(`http://localhost/api/topics/${topic.id}?draft=true`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ pemat, _status: 'draft' }),
      })
      const response = await handleEndpoints({ config: payload.config, request })
      return { status: response.status, body: JSON.stringify(await response.json()) }
    }
    const naOnItemOne = await patch({ answers: { '1': { answer: 'na' } } })
    expect(naOnItemOne.status).toBe(400)
    expect(naOnItemOne.body).toContain('PEMAT-P item 1 cannot be N/A')
    const notAnObject = await patch('agree')
    expect(notAnObject.status).toBe(400)
    expect(notAnObject.body).toContain('PEMAT-P rating must be an object')
    const unknownItem = await patch({ answers: { '13': { answer: 'agree' } } })
    expect(unknownItem.status).toBe(400)
    expect((await payload.findByID({ collection: 'topics', id: topic.id, draft: true, overrideAccess: true })).pemat ?? null).toBeNull()
  })
})

describe('the seeded topic', () => {
  it('carries the demo reviewer’s answers for every judgement item, so its rating is finished', async () => {
    const topic = await findSeededTopic(payload)
    const pemat = topic.pemat as { answers: Record<string, { answer: string; note?: string }>; ratedBy: number }
    expect(Object.keys(pemat.answers).map(Number)).toEqual([1, 2, 3, 4, 7, 10, 16, 18])
    for (const answer of Object.values(pemat.answers)) expect(answer.note).toBeTruthy()
    const reviewerAccount = await payload.find({ collection: 'users', where: { email: { equals: 'reviewer@careleaf.local' } }, overrideAccess: true, limit: 1 })
    expect(pemat.ratedBy).toBe(reviewerAccount.docs[0]!.id)
    expect(topic.qualityFlags).not.toContain('pemat-incomplete')
  })

  it('rates at least 80 % understandability and 70 % actionability as published, on the product’s own form', async () => {
    const topic = await findSeededTopic(payload)
    expect(topic._status).toBe('published')
    expect(topic.pematUnderstandability).toBeGreaterThanOrEqual(80)
    expect(topic.pematActionability).toBeGreaterThanOrEqual(70)
    expect(topic.qualityFlags).toEqual([])
  })
})
