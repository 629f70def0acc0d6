import crypto from 'node:crypto'

import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/lib/content/lexical'
import { createHandout, HandoutInputError, WarningSignsOmittedError } from '@/lib/handouts/createHandout'
import { deleteHandout, HandoutNotFoundError } from '@/lib/handouts/deleteHandout'
import { findHandoutUpdates } from '@/lib/handouts/findHandoutUpdates'
import { listMyHandouts } from '@/lib/handouts/listMyHandouts'
import { refreshHandout } from '@/lib/handouts/refreshHandout'
import { toHandoutDocumentData } from '@/lib/handouts/toHandoutDocumentData'
import { findKit, kitSections, listKits } from '@/lib/kits/listKits'
import { saveKit } from '@/lib/kits/saveKit'
import { relationId } from '@/lib/payload/relationId'
import { createShareLink } from '@/lib/share/createShareLink'
import { resolveShareLink } from '@/lib/share/resolveShareLink'
import type { TextSectionBlock, Topic } from '@/payload-types'

import { createPublishedTopic, createTestUser, findSeededTopic, getTestPayload } from './testPayload'

let payload: Payload
let backPain: Topic
let kneePain: Topic

const paragraph = (text: string) => paragraphsToRichText([text]) as TextSectionBlock['body']

/** A second published topic of our own, so tests never depend on each other's edits. */
async function createKneeTopic(): Promise<Topic> {
  const editor = await createTestUser(payload, ['reviewer'])
  const suffix = crypto.randomBytes(3).toString('hex')
  // A short test topic: the reviewer knowingly accepts the content-quality flags it raises.
  return createPublishedTopic(payload, editor, {
    title: `Knee pain ${suffix}`,
    slug: `knee-pain-${suffix}`,
    summary: 'Easing knee pain at home.',
    mainMessage: 'Rest, move gently and call if it gets worse.',
    sections: [
      { blockType: 'text', heading: 'Resting the knee', body: paragraph('Rest the knee for two days.') },
      { blockType: 'text', heading: 'Knee exercises', body: paragraph('Straighten the leg ten times, morning and evening.') },
    ],
  })
}

const ref = (topic: Topic, index: number) => ({ topicId: topic.id, sectionId: topic.sections[index]!.id! })

/** Payload's REST API in-process, exactly as the /api route serves it. */
async function rest(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  const { default: config } = await import('@payload-config')
  return handleEndpoints({
    config,
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

beforeAll(async () => {
  payload = await getTestPayload()
  backPain = await findSeededTopic(payload)
  kneePain = await createKneeTopic()
})

describe('createHandout with several topics', () => {
  it('stores one snapshot per section in the clinician’s order, with each topic’s version', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    const sections = [ref(kneePain, 1), ref(backPain, 10), ref(kneePain, 0), ref(backPain, 1)]
    const handout = await createHandout({
      payload,
      user: clinician,
      input: {
        sections,
        patientName: 'Jane Doe',
        preferredName: 'Janie',
        largePrint: true,
        pageSize: 'A4',
        followUpDate: '2026-12-14',
        contactLine: 'Call Nurse Ann',
        language: 'en',
      },
    })
    expect(handout.sections.map((section) => section.heading)).toEqual([
      'Knee exercises',
      'More ways to ease the pain',
      'Resting the knee',
      'How to lie in bed so your back hurts less',
    ])
    expect(handout.sections.map((section) => section.sectionId)).toEqual(sections.map((s) => s.sectionId))
    expect(handout.title).toBe(`${kneePain.title} and upper back pain during sleep`)
    expect(handout.topicVersions?.map((entry) => [relationId(entry.topic), entry.topicUpdatedAt])).toEqual([
      [kneePain.id, kneePain.updatedAt],
      [backPain.id, backPain.updatedAt],
    ])
    expect(handout.topicVersions?.[0]?.versionId).toBeTruthy()
    expect(handout).toMatchObject({ preferredName: 'Janie', largePrint: true, pageSize: 'A4', contactLine: 'Call Nurse Ann', language: 'en' })
    expect(handout.followUpDate?.slice(0, 10)).toBe('2026-12-14')

    const data = await toHandoutDocumentData({ payload, handout })
    expect(data.sections.map((section) => section.heading)).toEqual([
      'Knee exercises',
      'More ways to ease the pain',
      'Resting the knee',
      'How to lie in bed so your back hurts less',
    ])
    expect(data).toMatchObject({ largePrint: true, pageSize: 'A4', preferredName: 'Janie' })
  })

  it('refuses a section that is not in its topic, and a draft-only topic', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    await expect(
      createHandout({ payload, user: clinician, input: { sections: [{ topicId: kneePain.id, sectionId: backPain.sections[0]!.id! }], patientName: 'X' } }),
    ).rejects.toBeInstanceOf(HandoutInputError)
    const editor = await createTestUser(payload, ['reviewer'])
    const draft = await payload.create({
      collection: 'topics',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: 'Unpublished', summary: 's', sections: [{ blockType: 'text', heading: 'H', body: paragraph('x') }], _status: 'draft' },
    })
    await expect(
      createHandout({ payload, user: clinician, input: { sections: [{ topicId: draft.id, sectionId: draft.sections[0]!.id! }], patientName: 'X' } }),
    ).rejects.toBeInstanceOf(HandoutInputError)
  })
})

describe('warning signs left out', () => {
  const warningSignsOf = (topic: Topic) => ({ topicId: topic.id, sectionId: topic.sections.find((section) => section.blockType === 'warningSigns')!.id! })

  it('are refused for a new handout without a reason, and accepted with one; a topic without warning signs asks nothing', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    const withoutWarningSigns = { patientName: 'Ana Ruiz', sections: [ref(backPain, 1), ref(kneePain, 1)] }

    await expect(createHandout({ payload, user: clinician, input: withoutWarningSigns, requireWarningSignsOrReason: true })).rejects.toThrow(
      WarningSignsOmittedError,
    )
    await expect(
      createHandout({ payload, user: clinician, input: { ...withoutWarningSigns, warningSignsOmittedReason: '   ' }, requireWarningSignsOrReason: true }),
    ).rejects.toThrow('leaves out “When to get help now”')
    expect((await listMyHandouts({ payload, user: clinician })).totalDocs).toBe(0)

    const withReason = await createHandout({
      payload,
      user: clinician,
      input: { ...withoutWarningSigns, warningSignsOmittedReason: 'Given the printed emergency card at the desk.' },
      requireWarningSignsOrReason: true,
    })
    const kept = await createHandout({
      payload,
      user: clinician,
      input: { patientName: 'Ana Ruiz', sections: [warningSignsOf(backPain), ref(backPain, 1)] },
      requireWarningSignsOrReason: true,
    })
    const kneeOnly = await createHandout({
      payload,
      user: clinician,
      input: { patientName: 'Ana Ruiz', sections: [ref(kneePain, 0)] },
      requireWarningSignsOrReason: true,
    })
    expect([withReason, kept, kneeOnly].map((handout) => handout.sections.length)).toEqual([2, 2, 1])
    // The reason is recorded with the handout it explains, and nowhere it explains nothing.
    expect(withReason.warningSignsOmittedReason).toBe('Given the printed emergency card at the desk.')
    expect([kept, kneeOnly].map((handout) => handout.warningSignsOmittedReason ?? null)).toEqual([null, null])

    // A refresh keeps the original's sections and its reason: the choice was made (and answered for) when it was made.
    const { handout: refreshed } = await refreshHandout({ payload, user: clinician, handoutId: withReason.id })
    expect(refreshed.sections.map((section) => section.heading)).toEqual(withReason.sections.map((section) => section.heading))
    expect(refreshed.warningSignsOmittedReason).toBe('Given the printed emergency card at the desk.')
  })
})

describe('content updated since', () => {
  it('is reported after the topic is republished; refresh makes a new revision and leaves the old handout as it was', async () => {
    const topic = await createKneeTopic()
    const clinician = await createTestUser(payload, ['clinician'])
    const handout = await createHandout({
      payload,
      user: clinician,
      input: { sections: [ref(topic, 1), ref(topic, 0)], patientName: 'Refresh Patient', instructions: 'Keep going.' },
    })
    expect(await findHandoutUpdates({ payload, user: clinician, handout })).toEqual([])

    const editor = await createTestUser(payload, ['reviewer'])
    await payload.update({
      collection: 'topics',
      id: topic.id,
      user: editor,
      overrideAccess: false,
      data: {
        sections: topic.sections.map((s, i) => (i === 1 ? { ...s, heading: 'Knee exercises (revised)' } : s)),
        _status: 'published',
        // A new heading raises no new flag: the reviewer accepts again what the topic raised.
        acknowledgedFlags: topic.qualityFlags ?? [],
      },
    })
    const updates = await findHandoutUpdates({ payload, user: clinician, handout })
    expect(updates.map((u) => u.topicId)).toEqual([topic.id])

    const { handout: revised, droppedSections } = await refreshHandout({ payload, user: clinician, handoutId: handout.id })
    expect(droppedSections).toEqual([])
    expect(revised.id).not.toBe(handout.id)
    expect(revised.revisionOf).toMatchObject({ id: handout.id })
    expect(revised.sections.map((s) => s.heading)).toEqual(['Knee exercises (revised)', 'Resting the knee'])
    expect(revised.instructions).toBe('Keep going.')
    expect(await findHandoutUpdates({ payload, user: clinician, handout: revised })).toEqual([])

    const old = await payload.findByID({ collection: 'handouts', id: handout.id, user: clinician, overrideAccess: false })
    expect(old.sections.map((s) => s.heading)).toEqual(['Knee exercises', 'Resting the knee'])

    const intruder = await createTestUser(payload, ['clinician'])
    await expect(refreshHandout({ payload, user: intruder, handoutId: handout.id })).rejects.toBeInstanceOf(HandoutInputError)
  })
})

describe('soft delete', () => {
  it('hides the handout from its owner (read, list, update) and revokes its links, keeps it for admins, and is audited', async () => {
    const owner = await createTestUser(payload, ['clinician'])
    const admin = await createTestUser(payload, ['admin'])
    const handout = await createHandout({ payload, user: owner, input: { sections: [ref(backPain, 0)], patientName: 'Deleted Patient' } })
    const link = await createShareLink({ payload, user: owner, handoutId: handout.id })
    expect((await listMyHandouts({ payload, user: owner })).rows.map((row) => row.id)).toContain(handout.id)

    await deleteHandout({ payload, user: owner, handoutId: handout.id })

    await expect(payload.findByID({ collection: 'handouts', id: handout.id, user: owner, overrideAccess: false })).rejects.toThrow()
    const list = await payload.find({ collection: 'handouts', user: owner, overrideAccess: false, limit: 100 })
    expect(list.docs.map((d) => d.id)).not.toContain(handout.id)
    expect((await listMyHandouts({ payload, user: owner })).rows.map((row) => row.id)).not.toContain(handout.id)
    await expect(payload.update({ collection: 'handouts', id: handout.id, user: owner, overrideAccess: false, data: { deletedAt: null } })).rejects.toThrow()
    await expect(deleteHandout({ payload, user: owner, handoutId: handout.id })).rejects.toBeInstanceOf(HandoutNotFoundError)
    expect((await resolveShareLink({ payload, token: link.path.replace('/p/', '') })).status).toBe('revoked')

    const asAdmin = await payload.findByID({ collection: 'handouts', id: handout.id, user: admin, overrideAccess: false })
    expect(asAdmin.deletedAt).toBeTruthy()
    const audit = await payload.find({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'handout.delete' } }, { targetId: { equals: String(handout.id) } }] },
      overrideAccess: true,
      depth: 0,
    })
    expect(audit.totalDocs).toBe(1)
    expect(audit.docs[0]!.actor).toBe(owner.id)
  })

  it('cannot be done by another clinician', async () => {
    const owner = await createTestUser(payload, ['clinician'])
    const other = await createTestUser(payload, ['clinician'])
    const handout = await createHandout({ payload, user: owner, input: { sections: [ref(backPain, 0)], patientName: 'Kept Patient' } })
    await expect(deleteHandout({ payload, user: other, handoutId: handout.id })).rejects.toBeInstanceOf(HandoutNotFoundError)
    const reread = await payload.findByID({ collection: 'handouts', id: handout.id, user: owner, overrideAccess: false })
    expect(reread.deletedAt ?? null).toBeNull()
  })
})

describe('handouts through the REST API', () => {
  it('are readable, listable and deletable only by their clinician; soft-deleted ones vanish', async () => {
    const owner = await createTestUser(payload, ['clinician'])
    const other = await createTestUser(payload, ['clinician'])
    const handout = await createHandout({ payload, user: owner, input: { sections: [ref(backPain, 0)], patientName: 'Rest Patient' } })
    const ownerToken = await loginToken(owner.email)
    const otherToken = await loginToken(other.email)

    expect((await rest(`/handouts/${handout.id}`, ownerToken)).status).toBe(200)
    expect([403, 404]).toContain((await rest(`/handouts/${handout.id}`, otherToken)).status)
    const otherList = (await (await rest('/handouts?limit=100', otherToken)).json()) as { docs: Array<{ id: number }> }
    expect(otherList.docs.map((d) => d.id)).not.toContain(handout.id)
    // Another clinician cannot soft-delete (update) it either.
    expect([403, 404]).toContain(
      (await rest(`/handouts/${handout.id}`, otherToken, { method: 'PATCH', body: JSON.stringify({ deletedAt: new Date().toISOString() }) })).status,
    )
    // Hard delete is refused to everyone.
    expect((await rest(`/handouts/${handout.id}`, ownerToken, { method: 'DELETE' })).status).toBe(403)

    // The owner's soft delete through REST is audited like the workspace's.
    expect((await rest(`/handouts/${handout.id}`, ownerToken, { method: 'PATCH', body: JSON.stringify({ deletedAt: new Date().toISOString() }) })).status).toBe(
      200,
    )
    expect([403, 404]).toContain((await rest(`/handouts/${handout.id}`, ownerToken)).status)
    const ownerList = (await (await rest('/handouts?limit=100', ownerToken)).json()) as { docs: Array<{ id: number }> }
    expect(ownerList.docs.map((d) => d.id)).not.toContain(handout.id)
    const audit = await payload.count({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'handout.delete' } }, { targetId: { equals: String(handout.id) } }] },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(1)
  })
})

describe('kits', () => {
  it('keep the chosen order; are read by their owner, by everyone when shared, and written only by their owner', async () => {
    const owner = await createTestUser(payload, ['clinician'])
    const colleague = await createTestUser(payload, ['clinician'])
    const admin = await createTestUser(payload, ['admin'])
    const sections = [ref(kneePain, 1), ref(backPain, 0)]
    const privateKit = await saveKit({ payload, user: owner, input: { name: 'Private knee kit', sharedWithClinic: false, sections } })
    const sharedKit = await saveKit({ payload, user: owner, input: { name: 'Shared back kit', sharedWithClinic: true, sections: [...sections].reverse() } })
    expect(kitSections(privateKit)).toEqual(sections)

    expect(await findKit({ payload, user: colleague, kitId: privateKit.id })).toBeNull()
    expect((await findKit({ payload, user: colleague, kitId: sharedKit.id }))?.name).toBe('Shared back kit')
    const colleagueKits = await listKits({ payload, user: colleague })
    expect(colleagueKits.map((kit) => kit.id)).toContain(sharedKit.id)
    expect(colleagueKits.map((kit) => kit.id)).not.toContain(privateKit.id)
    expect(colleagueKits.find((kit) => kit.id === sharedKit.id)?.mine).toBe(false)

    await expect(payload.update({ collection: 'kits', id: sharedKit.id, user: colleague, overrideAccess: false, data: { name: 'Hijacked' } })).rejects.toThrow()
    await expect(payload.delete({ collection: 'kits', id: sharedKit.id, user: colleague, overrideAccess: false })).rejects.toThrow()
    const renamed = await payload.update({
      collection: 'kits',
      id: privateKit.id,
      user: owner,
      overrideAccess: false,
      data: { name: 'Renamed', owner: colleague.id },
    })
    expect(renamed.owner).toMatchObject({ id: owner.id })
    expect((await findKit({ payload, user: admin, kitId: privateKit.id }))?.name).toBe('Renamed')

    const editor = await createTestUser(payload, ['reviewer'])
    await expect(saveKit({ payload, user: editor, input: { name: 'Nope', sharedWithClinic: true, sections } })).rejects.toThrow()
    expect(await findKit({ payload, user: editor, kitId: sharedKit.id })).toBeNull()
  })
})

describe('clinic branding', () => {
  it('accepts only a six-digit hex accent colour, and only from admins', async () => {
    const admin = await createTestUser(payload, ['admin'])
    const clinician = await createTestUser(payload, ['clinician'])
    const invalid = await payload
      .updateGlobal({ slug: 'clinic', user: admin, overrideAccess: false, data: { accentColor: 'red' } })
      .catch((error: unknown) => error)
    expect(invalid).toBeInstanceOf(Error)
    expect(JSON.stringify((invalid as { data?: unknown }).data)).toContain('Use a six-digit hex colour')
    await expect(payload.updateGlobal({ slug: 'clinic', user: clinician, overrideAccess: false, data: { accentColor: '#112233' } })).rejects.toThrow()
    const before = await payload.findGlobal({ slug: 'clinic', overrideAccess: true })
    const updated = await payload.updateGlobal({ slug: 'clinic', user: admin, overrideAccess: false, data: { accentColor: '#7a1f5c', defaultPageSize: 'A4' } })
    expect(updated).toMatchObject({ accentColor: '#7a1f5c', defaultPageSize: 'A4' })
    await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { accentColor: before.accentColor, defaultPageSize: before.defaultPageSize } })
  })
})
