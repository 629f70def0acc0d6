import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'

import { createTestUser, getTestPayload } from './testPayload'
import { restCall, restToken } from '../support/payloadRest'

/**
 * Payload's own bookkeeping collections over REST: document locks (a lock
 * makes everyone else's save answer 423) and admin UI preferences.
 */
let payload: Payload
const tokens = new Map<number, string>()

beforeAll(async () => {
  payload = await getTestPayload()
})

async function tokenOf(user: PortalUser): Promise<string> {
  if (!tokens.has(user.id)) tokens.set(user.id, await restToken(payload, user.email))
  return tokens.get(user.id)!
}

async function rest(user: PortalUser | null, method: string, path: string, body?: unknown) {
  return restCall(payload, method, path, { token: user ? await tokenOf(user) : undefined, body })
}

async function draftTopic() {
  const title = `Lock topic ${crypto.randomBytes(4).toString('hex')}`
  return payload.create({
    collection: 'topics',
    overrideAccess: true,
    draft: true,
    data: {
      title,
      slug: title.toLowerCase().replaceAll(' ', '-'),
      summary: 'A short guide to rest.',
      mainMessage: 'Rest, move gently and call if it gets worse.',
      sections: [{ blockType: 'warningSigns', heading: 'When to get help now', signs: [{ text: 'Chest pain', tier: 'emergency' }] }],
      sources: [{ citation: 'NHS. Back pain.', url: 'https://www.nhs.uk/conditions/back-pain/' }],
      _status: 'draft',
    },
  })
}

async function locksOn(topicId: number) {
  const { docs } = await payload.find({
    collection: 'payload-locked-documents',
    overrideAccess: true,
    depth: 0,
    where: { and: [{ 'document.relationTo': { equals: 'topics' } }, { 'document.value': { equals: topicId } }] },
  })
  return docs
}

function lockHolder(lock: { user: { value: number | { id: number } } }): number {
  return typeof lock.user.value === 'object' ? lock.user.value.id : lock.user.value
}

const saveDraft = (user: PortalUser, topicId: number) =>
  rest(user, 'PATCH', `/topics/${topicId}?draft=true`, { summary: `Edited ${Date.now()}.`, _status: 'draft' })

describe('document locks (payload-locked-documents)', () => {
  let clinician: PortalUser
  let editor: PortalUser
  let reviewer: PortalUser
  let admin: PortalUser
  beforeAll(async () => {
    ;[clinician, editor, reviewer, admin] = await Promise.all([
      createTestUser(payload, ['clinician']),
      createTestUser(payload, ['editor']),
      createTestUser(payload, ['reviewer']),
      createTestUser(payload, ['admin']),
    ])
  })

  it("a clinician can neither create, read nor renew a lock, so the reviewer's and admin's saves go through", async () => {
    const topic = await draftTopic()
    const created = await rest(clinician, 'POST', '/payload-locked-documents', {
      document: { relationTo: 'topics', value: topic.id },
      user: { relationTo: 'users', value: reviewer.id },
    })
    expect(created.status).toBe(403)
    expect(await locksOn(topic.id)).toHaveLength(0)
    expect((await saveDraft(reviewer, topic.id)).status).toBe(200)
    expect((await saveDraft(admin, topic.id)).status).toBe(200)

    const editorsLock = await rest(editor, 'POST', '/payload-locked-documents', { document: { relationTo: 'topics', value: topic.id } })
    expect(editorsLock.status).toBe(201)
    const lockId = (editorsLock.json.doc as { id: number }).id
    expect((await rest(clinician, 'GET', '/payload-locked-documents')).status).toBe(403)
    expect((await rest(clinician, 'PATCH', `/payload-locked-documents/${lockId}`, {})).status).toBe(403)
    expect((await rest(clinician, 'DELETE', `/payload-locked-documents/${lockId}`)).status).toBe(403)
  })

  it('content staff lock in their own name only (naming a colleague locks as oneself)', async () => {
    const topic = await draftTopic()
    const created = await rest(editor, 'POST', '/payload-locked-documents', {
      document: { relationTo: 'topics', value: topic.id },
      user: { relationTo: 'users', value: reviewer.id },
    })
    expect(created.status).toBe(201)
    const [lock] = await locksOn(topic.id)
    expect(lockHolder(lock as never)).toBe(editor.id)
    // Renewing it in someone else's name does not move it either.
    await rest(editor, 'PATCH', `/payload-locked-documents/${lock!.id}`, { user: { relationTo: 'users', value: admin.id } })
    expect(lockHolder((await locksOn(topic.id))[0] as never)).toBe(editor.id)
    // The editor's own save is not blocked by the editor's lock.
    expect((await saveDraft(editor, topic.id)).status).toBe(200)
  })

  it('a lock is cleared by its holder or an admin, not by another editor', async () => {
    const topic = await draftTopic()
    const created = await rest(editor, 'POST', '/payload-locked-documents', { document: { relationTo: 'topics', value: topic.id } })
    const lockId = (created.json.doc as { id: number }).id
    expect([403, 404]).toContain((await rest(reviewer, 'DELETE', `/payload-locked-documents/${lockId}`)).status)
    expect(await locksOn(topic.id)).toHaveLength(1)
    expect((await rest(admin, 'DELETE', `/payload-locked-documents/${lockId}`)).status).toBe(200)
    expect(await locksOn(topic.id)).toHaveLength(0)
    expect((await saveDraft(reviewer, topic.id)).status).toBe(200)
  })
})

describe('admin preferences (payload-preferences)', () => {
  it('a user only ever sees and writes their own, whatever owner the request names', async () => {
    const [owner, other] = await Promise.all([createTestUser(payload, ['editor']), createTestUser(payload, ['clinician'])])
    const key = `collection-topics-${crypto.randomBytes(3).toString('hex')}`
    expect((await rest(owner, 'POST', `/payload-preferences/${key}`, { value: { columns: ['title'] } })).status).toBe(200)
    const { docs } = await payload.find({ collection: 'payload-preferences', overrideAccess: true, where: { key: { equals: key } } })
    const preferenceId = docs[0]!.id

    const listed = await rest(other, 'GET', '/payload-preferences?limit=100')
    expect((listed.json.docs as { id: number }[]).map((doc) => doc.id)).not.toContain(preferenceId)
    expect((await rest(other, 'GET', `/payload-preferences/${key}`)).json).not.toMatchObject({ value: { columns: ['title'] } })
    expect([403, 404]).toContain((await rest(other, 'PATCH', `/payload-preferences/${preferenceId}`, { value: { columns: ['evil'] } })).status)
    await rest(other, 'DELETE', `/payload-preferences?where[id][equals]=${preferenceId}`)

    // Creating one in the owner's name lands in one's own.
    const forged = await rest(other, 'POST', '/payload-preferences', { key: `${key}-forged`, value: { x: 1 }, user: { relationTo: 'users', value: owner.id } })
    expect(forged.status).toBe(201)
    const forgedRows = await payload.find({ collection: 'payload-preferences', overrideAccess: true, depth: 0, where: { key: { equals: `${key}-forged` } } })
    for (const row of forgedRows.docs) expect((row.user as { value: number }).value).toBe(other.id)
    const stillOwners = await payload.find({ collection: 'payload-preferences', overrideAccess: true, depth: 0, where: { key: { equals: key } } })
    expect(stillOwners.docs[0]!.value).toEqual({ columns: ['title'] })
  })

  it("DELETE by key removes only the caller's own row (404 otherwise), never a 500", async () => {
    const [owner, other] = await Promise.all([createTestUser(payload, ['editor']), createTestUser(payload, ['reviewer'])])
    const key = `collection-media-${crypto.randomBytes(3).toString('hex')}`
    expect((await rest(owner, 'POST', `/payload-preferences/${key}`, { value: { limit: 10 } })).status).toBe(200)
    expect((await rest(other, 'DELETE', `/payload-preferences/${key}`)).status).toBe(404)
    expect((await payload.count({ collection: 'payload-preferences', overrideAccess: true, where: { key: { equals: key } } })).totalDocs).toBe(1)
    expect((await rest(owner, 'DELETE', `/payload-preferences/${key}`)).status).toBe(200)
    expect((await payload.count({ collection: 'payload-preferences', overrideAccess: true, where: { key: { equals: key } } })).totalDocs).toBe(0)
    expect((await rest(null, 'DELETE', `/payload-preferences/${key}`)).status).toBe(401)
  })
})
