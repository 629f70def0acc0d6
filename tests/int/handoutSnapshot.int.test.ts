import crypto from 'node:crypto'

import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createHandout } from '@/lib/handouts/createHandout'
import { refreshHandout } from '@/lib/handouts/refreshHandout'
import { createShareLink } from '@/lib/share/createShareLink'
import { servePatientSharePage } from '@/lib/share/servePatientShare'
import type { Handout, Topic } from '@/payload-types'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'
import { hostileRichText, OUTSIDE_HOSTS } from '../support/hostileRichText'

/**
 * A handout's snapshot (its sections, the topic versions they came from, the
 * handout it revises, its title and owner) is written once, by createHandout;
 * through REST its owner may change only the personal details, and every such
 * change is audited by field name.
 */
let payload: Payload
let topic: Topic

beforeAll(async () => {
  payload = await getTestPayload()
  topic = await findSeededTopic(payload)
})

/** Payload's REST API in-process, exactly as the /api route serves it. */
async function rest(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  return handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost/api${path}`, {
      ...init,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json', ...init.headers },
    }),
  })
}

async function loginToken(email: string): Promise<string> {
  const result = await payload.login({ collection: 'users', data: { email, password: 'int-test-password-123' } })
  if (!result.token) throw new Error('login returned no token')
  return result.token
}

const patch = (id: number, token: string, body: Record<string, unknown>) => rest(`/handouts/${id}`, token, { method: 'PATCH', body: JSON.stringify(body) })

/** What must never change after create, read past access control. */
async function snapshotOf(id: number) {
  const handout = await payload.findByID({ collection: 'handouts', id, depth: 0, overrideAccess: true })
  return {
    title: handout.title,
    clinician: handout.clinician,
    revisionOf: handout.revisionOf ?? null,
    sections: handout.sections,
    topicVersions: handout.topicVersions,
  }
}

async function patientPageHtml(user: Awaited<ReturnType<typeof createTestUser>>, handoutId: number): Promise<string> {
  const link = await createShareLink({ payload, user, handoutId })
  const token = link.path.replace('/p/', '')
  const address = `198.51.100.${crypto.randomInt(1, 255)}-${crypto.randomBytes(4).toString('hex')}`
  const response = await servePatientSharePage({
    payload,
    token,
    rateLimit: 10_000,
    request: new Request(`http://127.0.0.1/p/${token}`, { headers: { 'x-forwarded-for': address } }),
  })
  expect(response.status).toBe(200)
  return response.text()
}

function expectNoInjection(page: string) {
  expect(page).not.toMatch(/javascript:|data:text|data:image|\sonerror=|\sonload=|<iframe/i)
  for (const host of OUTSIDE_HOSTS) expect(page).not.toContain(host)
}

const craftedSections = () => [
  { topic: topic.id, topicTitle: 'Crafted', sectionId: 'crafted-text', heading: 'Crafted text', blockType: 'text', body: hostileRichText },
  {
    topic: topic.id,
    topicTitle: 'Crafted',
    sectionId: 'crafted-media',
    heading: 'Crafted image',
    blockType: 'media',
    body: { image: { url: 'https://tracker.example/pixel.png', filename: 'pixel.png', alt: 'Pixel' } },
  },
]

describe('handout snapshot through REST', () => {
  it('ignores a PATCH of every snapshot field, from the owner and from an admin; the patient page shows the original', async () => {
    const owner = await createTestUser(payload, ['clinician'])
    const other = await createTestUser(payload, ['clinician'])
    const admin = await createTestUser(payload, ['admin'])
    const handout = await createHandout({
      payload,
      user: owner,
      input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: 'Snapshot Patient' },
    })
    const othersHandout = await createHandout({
      payload,
      user: other,
      input: { topicId: topic.id, sectionIds: [topic.sections[1]!.id!], patientName: 'Someone Else' },
    })
    const before = await snapshotOf(handout.id)

    const attempts: Array<Record<string, unknown>> = [
      { sections: craftedSections() },
      { topicVersions: [{ topic: topic.id, topicUpdatedAt: '2020-01-01T00:00:00.000Z', versionId: 'forged', reviewedAt: '2020-01-01T00:00:00.000Z' }] },
      { revisionOf: othersHandout.id },
      { title: 'A title the topics never had' },
      { clinician: other.id },
    ]
    for (const token of [await loginToken(owner.email), await loginToken(admin.email)]) {
      for (const body of attempts) {
        const response = await patch(handout.id, token, body)
        expect({ field: Object.keys(body)[0], status: response.status }).toEqual({ field: Object.keys(body)[0], status: 200 })
      }
    }
    expect(await snapshotOf(handout.id)).toEqual(before)

    const page = await patientPageHtml(owner, handout.id)
    expectNoInjection(page)
    expect(page).not.toContain('Crafted')
  })

  it("never points a handout at another clinician's private handout (revisionOf), on update or on create", async () => {
    const owner = await createTestUser(payload, ['clinician'])
    const other = await createTestUser(payload, ['clinician'])
    const othersHandout = await createHandout({
      payload,
      user: other,
      input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: 'Private Patient' },
    })
    const mine = await createHandout({ payload, user: owner, input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: 'Mine' } })
    const token = await loginToken(owner.email)

    expect((await patch(mine.id, token, { revisionOf: othersHandout.id })).status).toBe(200)
    expect((await snapshotOf(mine.id)).revisionOf).toBeNull()

    const created = await rest('/handouts', token, {
      method: 'POST',
      body: JSON.stringify({
        title: 'REST handout',
        patientName: 'Rest',
        revisionOf: othersHandout.id,
        sections: [{ topic: topic.id, topicTitle: 'T', sectionId: 's', heading: 'H', body: mine.sections[0]!.body }],
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Handout }
    expect((await snapshotOf(doc.id)).revisionOf).toBeNull()
  })

  it('still lets createHandout write the snapshot and Refresh set revisionOf', async () => {
    const owner = await createTestUser(payload, ['clinician'])
    const original = await createHandout({
      payload,
      user: owner,
      input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: 'Refreshed Patient' },
    })
    expect(original.sections).toHaveLength(1)
    expect(original.topicVersions).toHaveLength(1)
    const { handout: revision } = await refreshHandout({ payload, user: owner, handoutId: original.id })
    expect((await snapshotOf(revision.id)).revisionOf).toBe(original.id)
  })

  it('audits an allowed update with the names of the changed fields, never their values', async () => {
    const owner = await createTestUser(payload, ['clinician'])
    const handout = await createHandout({
      payload,
      user: owner,
      input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: 'Audited Patient' },
    })
    const token = await loginToken(owner.email)
    const updates = () =>
      payload.find({
        collection: 'audit-events',
        where: { and: [{ action: { equals: 'handout.update' } }, { targetId: { equals: String(handout.id) } }] },
        overrideAccess: true,
        depth: 0,
      })

    const response = await patch(handout.id, token, {
      patientName: 'Renamed Patient',
      instructions: 'Ice twice a day.',
      sections: craftedSections(),
      title: 'Forged',
    })
    expect(response.status).toBe(200)
    const { docs } = await updates()
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ actor: owner.id, targetCollection: 'handouts', detail: 'fields: instructions, patientName' })
    expect(JSON.stringify(docs[0])).not.toMatch(/Renamed Patient|Ice twice|Audited Patient/)

    // Nothing changed, or only the soft delete (audited as handout.delete): no handout.update.
    expect((await patch(handout.id, token, { patientName: 'Renamed Patient' })).status).toBe(200)
    expect((await patch(handout.id, token, { deletedAt: new Date().toISOString() })).status).toBe(200)
    expect((await updates()).totalDocs).toBe(1)
  })

  it('draws only what the editor can produce on the patient page, even for a snapshot posted through REST', async () => {
    const owner = await createTestUser(payload, ['clinician'])
    const token = await loginToken(owner.email)
    const created = await rest('/handouts', token, {
      method: 'POST',
      body: JSON.stringify({ title: 'Posted', patientName: 'Posted Patient', sections: craftedSections() }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Handout }

    const page = await patientPageHtml(owner, doc.id)
    expectNoInjection(page)
    expect(page).toContain('<a href="https://www.nhs.uk/conditions/back-pain/"')
    expect(page).toContain('Script link')
    expect(page).toMatch(/<img[^>]*src="\/api\/media\/file\/spine\.png"/)
    // The image from another host is not drawn, and its section does not break the page.
    expect(page).not.toContain('Crafted image')
  })
})
