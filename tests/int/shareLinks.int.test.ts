import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createHandout } from '@/lib/handouts/createHandout'
import { createShareLink, ShareLinkNotAllowedError } from '@/lib/share/createShareLink'
import { resolveShareLink } from '@/lib/share/resolveShareLink'
import { revokeShareLink } from '@/lib/share/revokeShareLink'
import { hashShareToken } from '@/lib/share/shareToken'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

async function makeHandout(patientName = 'Share Patient') {
  const clinician = await createTestUser(payload, ['clinician'])
  const topic = await findSeededTopic(payload)
  const handout = await createHandout({ payload, user: clinician, input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName } })
  return { clinician, handout }
}

describe('share links', () => {
  it('stores only the hash of the token and resolves the token to its handout', async () => {
    const { clinician, handout } = await makeHandout()
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id })
    const token = link.path.replace('/p/', '')
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)

    const stored = await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true, showHiddenFields: true })
    expect(stored.tokenHash).toBe(hashShareToken(token))
    expect(JSON.stringify(stored)).not.toContain(token)

    // Even the owner reading through the access rules never gets the hash back.
    const asOwner = await payload.findByID({ collection: 'share-links', id: link.id, user: clinician, overrideAccess: false })
    expect(asOwner).not.toHaveProperty('tokenHash')

    const resolved = await resolveShareLink({ payload, token })
    expect(resolved.status).toBe('ok')
    if (resolved.status === 'ok') expect(resolved.handout.patientName).toBe('Share Patient')
  })

  it('treats unknown and malformed tokens as not found', async () => {
    expect((await resolveShareLink({ payload, token: 'A'.repeat(43) })).status).toBe('not-found')
    expect((await resolveShareLink({ payload, token: "'; DROP TABLE handouts; --" })).status).toBe('not-found')
    expect((await resolveShareLink({ payload, token: '' })).status).toBe('not-found')
  })

  it('expires after 30 days by default', async () => {
    const { clinician, handout } = await makeHandout()
    const now = new Date('2026-01-01T00:00:00Z')
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, now })
    const token = link.path.replace('/p/', '')
    expect(link.expiresAt).toBe('2026-01-31T00:00:00.000Z')
    expect((await resolveShareLink({ payload, token, now: new Date('2026-01-30T23:59:59Z') })).status).toBe('ok')
    expect((await resolveShareLink({ payload, token, now: new Date('2026-01-31T00:00:00Z') })).status).toBe('expired')
  })

  it('is revoked at once by its creator, and only by its creator', async () => {
    const { clinician, handout } = await makeHandout()
    const other = await createTestUser(payload, ['clinician'])
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id })
    const token = link.path.replace('/p/', '')

    await expect(revokeShareLink({ payload, user: other, shareLinkId: link.id })).rejects.toThrow()
    expect((await resolveShareLink({ payload, token })).status).toBe('ok')

    await revokeShareLink({ payload, user: clinician, shareLinkId: link.id })
    expect((await resolveShareLink({ payload, token })).status).toBe('revoked')
    const audit = await payload.count({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'share.revoke' } }, { targetId: { equals: String(handout.id) } }] },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(1)
  })

  it("refuses to share another clinician's handout", async () => {
    const { handout } = await makeHandout()
    const intruder = await createTestUser(payload, ['clinician'])
    await expect(createShareLink({ payload, user: intruder, handoutId: handout.id })).rejects.toBeInstanceOf(ShareLinkNotAllowedError)
    const links = await payload.count({ collection: 'share-links', where: { handout: { equals: handout.id } }, overrideAccess: true })
    expect(links.totalDocs).toBe(0)
  })

  it('cannot be created or deleted through the API, even by the owner', async () => {
    const { clinician, handout } = await makeHandout()
    await expect(
      payload.create({
        collection: 'share-links',
        user: clinician,
        overrideAccess: false,
        data: {
          handout: handout.id,
          createdBy: clinician.id,
          tokenHash: 'x'.repeat(64),
          tokenId: 'x',
          expiresAt: new Date().toISOString(),
          accessCheck: 'none',
          openCount: 0,
          pdfDownloadCount: 0,
        },
      }),
    ).rejects.toThrow()
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id })
    await expect(payload.delete({ collection: 'share-links', id: link.id, user: clinician, overrideAccess: false })).rejects.toThrow()
  })

  it("lets its owner revoke it and nothing else: not re-point it at another clinician's handout, hand it to someone else, extend it or un-revoke it", async () => {
    const { clinician, handout } = await makeHandout('Owner Patient')
    const { clinician: other, handout: othersHandout } = await makeHandout('Other Patient')
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, validForDays: 7 })
    const token = link.path.replace('/p/', '')
    const before = await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true, depth: 0 })

    await payload.update({
      collection: 'share-links',
      id: link.id,
      user: clinician,
      overrideAccess: false,
      data: { handout: othersHandout.id, createdBy: other.id, tokenId: 'forged', expiresAt: new Date('2099-01-01').toISOString() },
    })
    const after = await payload.findByID({ collection: 'share-links', id: link.id, overrideAccess: true, depth: 0 })
    expect({ handout: after.handout, createdBy: after.createdBy, tokenId: after.tokenId, expiresAt: after.expiresAt }).toEqual({
      handout: handout.id,
      createdBy: clinician.id,
      tokenId: before.tokenId,
      expiresAt: before.expiresAt,
    })
    const resolved = await resolveShareLink({ payload, token })
    expect(resolved.status === 'ok' && resolved.handout.patientName).toBe('Owner Patient')

    await revokeShareLink({ payload, user: clinician, shareLinkId: link.id })
    await payload.update({ collection: 'share-links', id: link.id, user: clinician, overrideAccess: false, data: { revokedAt: null } })
    expect((await resolveShareLink({ payload, token })).status).toBe('revoked')
  })

  it('stops serving a handout soft-deleted through the API (not only through deleteHandout, which also revokes its links)', async () => {
    const { clinician, handout } = await makeHandout()
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id })
    const token = link.path.replace('/p/', '')
    await payload.update({ collection: 'handouts', id: handout.id, user: clinician, overrideAccess: false, data: { deletedAt: new Date().toISOString() } })
    expect((await resolveShareLink({ payload, token })).status).toBe('revoked')
  })
})
