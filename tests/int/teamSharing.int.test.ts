import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'
import { createHandout, HandoutInputError } from '@/lib/handouts/createHandout'
import { deleteHandout, HandoutNotFoundError } from '@/lib/handouts/deleteHandout'
import { findHandoutOwner } from '@/lib/handouts/findHandoutOwner'
import { listColleagueHandouts } from '@/lib/handouts/listColleagueHandouts'
import { listMyHandouts } from '@/lib/handouts/listMyHandouts'
import { refreshHandout } from '@/lib/handouts/refreshHandout'
import { relationId } from '@/lib/payload/relationId'
import { createShareLink, ShareLinkNotAllowedError } from '@/lib/share/createShareLink'
import { findShareLinkPrintout } from '@/lib/share/findShareLinkPrintout'
import { revokeShareLink } from '@/lib/share/revokeShareLink'
import type { Handout, Topic } from '@/payload-types'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

/**
 * Issue 6: "Clinicians see only their own handouts unless an admin marks them
 * as sharing within the clinic." Colleagues of a sharing clinician read,
 * list, download and duplicate; they never change, delete, refresh or share.
 */
let payload: Payload
let topic: Topic
let admin: PortalUser
let sharer: PortalUser
let loner: PortalUser
let colleague: PortalUser
let shared: Handout
let sharedDeleted: Handout
let private_: Handout

const as = (user: PortalUser) => ({ user, overrideAccess: false as const })
const makeHandout = (owner: PortalUser, patientName: string) =>
  createHandout({ payload, user: owner, input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName } })
async function setSharing(user: PortalUser, on: boolean) {
  await payload.update({ collection: 'users', id: user.id, ...as(admin), data: { sharesHandoutsWithClinic: on } })
}

beforeAll(async () => {
  payload = await getTestPayload()
  topic = await findSeededTopic(payload)
  ;[admin, sharer, loner, colleague] = await Promise.all([
    createTestUser(payload, ['admin'], 'Team Admin'),
    createTestUser(payload, ['clinician'], 'Dr Sharer'),
    createTestUser(payload, ['clinician'], 'Dr Loner'),
    createTestUser(payload, ['clinician'], 'Dr Colleague'),
  ])
  shared = await makeHandout(sharer, 'Shared Patient')
  sharedDeleted = await makeHandout(sharer, 'Deleted Shared Patient')
  await deleteHandout({ payload, user: sharer, handoutId: sharedDeleted.id })
  private_ = await makeHandout(loner, 'Private Patient')
  await setSharing(sharer, true)
})

describe('the sharing flag', () => {
  it('is off by default and cannot be set by a clinician on their own account; an admin sets and clears it', async () => {
    const fresh = await createTestUser(payload, ['clinician'])
    expect(fresh.sharesHandoutsWithClinic).toBe(false)
    // Field access drops the value silently, as for `roles` and `disabled`.
    const self = await payload.update({ collection: 'users', id: fresh.id, ...as(fresh), data: { sharesHandoutsWithClinic: true } })
    expect(self.sharesHandoutsWithClinic).toBe(false)
    await expect(payload.update({ collection: 'users', id: sharer.id, ...as(fresh), data: { sharesHandoutsWithClinic: false } })).rejects.toThrow()

    const byAdmin = await payload.update({ collection: 'users', id: fresh.id, ...as(admin), data: { sharesHandoutsWithClinic: true } })
    expect(byAdmin.sharesHandoutsWithClinic).toBe(true)
    const created = await payload.create({
      collection: 'users',
      ...as(admin),
      data: {
        email: `team-${fresh.id}-made@test.careleaf.local`,
        password: 'int-test-password-123',
        name: 'Made shared',
        roles: ['clinician'],
        sharesHandoutsWithClinic: true,
      },
    })
    expect(created.sharesHandoutsWithClinic).toBe(true)
    await Promise.all([
      setSharing(fresh, false),
      payload.update({ collection: 'users', id: created.id, ...as(admin), data: { sharesHandoutsWithClinic: false } }),
    ])
    expect((await payload.findByID({ collection: 'users', id: fresh.id, overrideAccess: true })).sharesHandoutsWithClinic).toBe(false)
  })
})

describe('a colleague of a sharing clinician', () => {
  it('reads and lists the live handouts of the sharing clinician only', async () => {
    expect((await payload.findByID({ collection: 'handouts', id: shared.id, ...as(colleague) })).patientName).toBe('Shared Patient')
    await expect(payload.findByID({ collection: 'handouts', id: private_.id, ...as(colleague) })).rejects.toThrow()
    await expect(payload.findByID({ collection: 'handouts', id: sharedDeleted.id, ...as(colleague) })).rejects.toThrow()

    const ids = [shared.id, sharedDeleted.id, private_.id]
    const { docs } = await payload.find({ collection: 'handouts', ...as(colleague), where: { id: { in: ids } }, pagination: false })
    expect(docs.map((doc) => doc.id)).toEqual([shared.id])

    const { rows } = await listColleagueHandouts({ payload, user: colleague })
    const row = rows.find((candidate) => candidate.id === shared.id)
    expect(row).toMatchObject({ patientName: 'Shared Patient', ownerName: 'Dr Sharer' })
    expect(rows.map((candidate) => candidate.id)).not.toContain(private_.id)
    expect(rows.map((candidate) => candidate.id)).not.toContain(sharedDeleted.id)
    expect((await listMyHandouts({ payload, user: colleague })).rows.map((mine) => mine.id)).not.toContain(shared.id)
    // The sharer's own list has no "shared by colleagues" entry for their own handouts.
    expect((await listColleagueHandouts({ payload, user: sharer })).rows.map((candidate) => candidate.id)).not.toContain(shared.id)
    expect(await findHandoutOwner({ payload, handout: shared })).toEqual({ id: sharer.id, name: 'Dr Sharer', sharesHandoutsWithClinic: true })
  })

  it('duplicates it for another patient as their own handout', async () => {
    const source = await payload.findByID({ collection: 'handouts', id: shared.id, ...as(colleague) })
    const copy = await createHandout({
      payload,
      user: colleague,
      input: {
        sections: source.sections.map((section) => ({
          topicId: relationId(section.topic),
          sectionId: section.sectionId,
        })),
        patientName: 'Another Patient',
      },
    })
    expect(relationId(copy.clinician)).toBe(colleague.id)
    expect(copy.sections.map((section) => section.sectionId)).toEqual(source.sections.map((section) => section.sectionId))
  })

  it('cannot update, delete, refresh or share it, nor see, print or revoke its links', async () => {
    await expect(
      payload.update({ collection: 'handouts', id: shared.id, ...as(colleague), data: { instructions: 'Changed by a colleague' } }),
    ).rejects.toThrow()
    await expect(deleteHandout({ payload, user: colleague, handoutId: shared.id })).rejects.toBeInstanceOf(HandoutNotFoundError)
    await expect(refreshHandout({ payload, user: colleague, handoutId: shared.id })).rejects.toBeInstanceOf(HandoutInputError)
    await expect(createShareLink({ payload, user: colleague, handoutId: shared.id })).rejects.toBeInstanceOf(ShareLinkNotAllowedError)

    const link = await createShareLink({ payload, user: sharer, handoutId: shared.id })
    const token = link.path.replace('/p/', '')
    const { docs: visibleLinks } = await payload.find({
      collection: 'share-links',
      ...as(colleague),
      where: { handout: { equals: shared.id } },
      pagination: false,
    })
    expect(visibleLinks).toEqual([])
    expect(await findShareLinkPrintout({ payload, user: colleague, handoutId: shared.id, token })).toBeNull()
    expect(await findShareLinkPrintout({ payload, user: sharer, handoutId: shared.id, token })).not.toBeNull()
    await expect(revokeShareLink({ payload, user: colleague, shareLinkId: link.id })).rejects.toThrow()

    const stored = await payload.findByID({ collection: 'handouts', id: shared.id, overrideAccess: true })
    expect(stored.instructions ?? null).toBeNull()
    expect(stored.deletedAt ?? null).toBeNull()
    expect((await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true })).revokedAt ?? null).toBeNull()
    const { totalDocs: linksMade } = await payload.count({ collection: 'share-links', where: { handout: { equals: shared.id } }, overrideAccess: true })
    expect(linksMade).toBe(1)
  })

  it('loses access as soon as an admin turns sharing off', async () => {
    const other = await makeHandout(sharer, 'Later Patient')
    await setSharing(sharer, false)
    try {
      await expect(payload.findByID({ collection: 'handouts', id: other.id, ...as(colleague) })).rejects.toThrow()
      expect((await listColleagueHandouts({ payload, user: colleague })).rows.map((row) => row.id)).not.toContain(other.id)
      // The owner keeps everything.
      expect((await payload.findByID({ collection: 'handouts', id: other.id, ...as(sharer) })).id).toBe(other.id)
    } finally {
      await setSharing(sharer, true)
    }
  })

  it('leaves editors and reviewers without access to shared handouts', async () => {
    const editor = await createTestUser(payload, ['editor'])
    await expect(payload.findByID({ collection: 'handouts', id: shared.id, ...as(editor) })).rejects.toThrow()
    expect((await listColleagueHandouts({ payload, user: editor })).rows).toEqual([])
  })
})
