import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'
import { createHandout } from '@/lib/handouts/createHandout'
import { deleteHandout } from '@/lib/handouts/deleteHandout'
import { downloadHandoutPdf } from '@/lib/handouts/downloadHandoutPdf'
import { findHandoutForUser } from '@/lib/handouts/findHandoutForUser'
import { findHandoutToDuplicate } from '@/lib/handouts/findHandoutToDuplicate'
import { closePdfRenderPool } from '@/lib/pdf/pdfRenderPool'
import { createShareLink } from '@/lib/share/createShareLink'
import { listShareLinks } from '@/lib/share/listShareLinks'
import { revokeShareLink } from '@/lib/share/revokeShareLink'
import { findPublishedTopic } from '@/lib/topics/findPublishedTopic'
import type { Handout, Topic } from '@/payload-types'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

// The PDF itself is tested elsewhere; here the stand-in worker answers "%PDF-fake <title>" so the find → render → audit path runs quickly.
process.env.CARELEAF_PDF_WORKER_PATH = path.resolve(import.meta.dirname, '../support/fakePdfRenderWorker.mjs')

/** What the handout pages and the PDF route read, through lib/ and as the signed-in user. */
let payload: Payload
let topic: Topic
let owner: PortalUser
let other: PortalUser
let handout: Handout
let deleted: Handout

beforeAll(async () => {
  payload = await getTestPayload()
  topic = await findSeededTopic(payload)
  ;[owner, other] = await Promise.all([createTestUser(payload, ['clinician'], 'Dr Owner'), createTestUser(payload, ['clinician'], 'Dr Other')])
  const make = (patientName: string) =>
    createHandout({
      payload,
      user: owner,
      input: {
        topicId: topic.id,
        sectionIds: [topic.sections[0]!.id!],
        patientName,
        instructions: 'Walk daily.',
        contactLine: 'Call 555-0100',
        largePrint: true,
      },
    })
  handout = await make('Page Patient')
  deleted = await make('Deleted Page Patient')
  await deleteHandout({ payload, user: owner, handoutId: deleted.id })
})

afterAll(async () => {
  await closePdfRenderPool()
})

async function pdfAuditCount(handoutId: number): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'audit-events',
    overrideAccess: true,
    where: { and: [{ action: { equals: 'handout.pdf' } }, { targetId: { equals: String(handoutId) } }] },
  })
  return totalDocs
}

describe('findHandoutForUser', () => {
  it('returns the owner’s handout', async () => {
    expect((await findHandoutForUser({ payload, user: owner, handoutId: handout.id }))?.id).toBe(handout.id)
  })

  it('returns null for another clinician’s private handout, a soft-deleted one and a missing id', async () => {
    expect(await findHandoutForUser({ payload, user: other, handoutId: handout.id })).toBeNull()
    expect(await findHandoutForUser({ payload, user: owner, handoutId: deleted.id })).toBeNull()
    expect(await findHandoutForUser({ payload, user: owner, handoutId: 2_000_000_000 })).toBeNull()
    expect(await findHandoutForUser({ payload, user: owner, handoutId: Number.MAX_SAFE_INTEGER })).toBeNull()
  })
})

describe('findHandoutToDuplicate', () => {
  it('carries the sections and print choices, nothing of the earlier patient: names, instructions, follow-up date, contact line', async () => {
    const copy = await findHandoutToDuplicate({ payload, user: owner, handoutId: handout.id })
    expect(copy).not.toBeNull()
    expect(copy!.title).toBe(handout.title)
    expect(copy!.sections).toEqual([{ topicId: topic.id, sectionId: topic.sections[0]!.id }])
    expect(copy!.personalisation).toEqual({ language: 'en', largePrint: true, pageSize: undefined })
    expect(copy!.instructions).toBeUndefined()
    expect(copy!.hadInstructions).toBe(true)
    expect(JSON.stringify(copy)).not.toMatch(/Page Patient|Walk daily|555-0100/)
  })

  it('carries the instructions only when the clinician asks to keep them', async () => {
    const copy = await findHandoutToDuplicate({ payload, user: owner, handoutId: handout.id, keepInstructions: true })
    expect(copy!.instructions).toBe('Walk daily.')
    expect(JSON.stringify(copy)).not.toMatch(/Page Patient|555-0100/)
  })

  it('returns null for a handout the user may not read', async () => {
    expect(await findHandoutToDuplicate({ payload, user: other, handoutId: handout.id })).toBeNull()
    expect(await findHandoutToDuplicate({ payload, user: owner, handoutId: deleted.id })).toBeNull()
  })
})

describe('listShareLinks', () => {
  it('lists the handout’s links newest first with their status, and none to another clinician', async () => {
    const now = new Date()
    const first = await createShareLink({ payload, user: owner, handoutId: handout.id, now })
    const second = await createShareLink({ payload, user: owner, handoutId: handout.id, now, accessCheck: 'access-code' })
    await revokeShareLink({ payload, user: owner, shareLinkId: first.id })

    const links = await listShareLinks({ payload, user: owner, handoutId: handout.id, now })
    expect(links.map((link) => [link.tokenId, link.status, link.accessCheck])).toEqual([
      [second.tokenId, 'active', 'access-code'],
      [first.tokenId, 'revoked', 'none'],
    ])
    expect(links[0]).toMatchObject({ activity: 'Not opened yet', pdfDownloads: 0 })
    expect(JSON.stringify(links)).not.toMatch(/tokenHash|accessAnswerHash/)
    expect(await listShareLinks({ payload, user: other, handoutId: handout.id, now })).toEqual([])
  })
})

describe('downloadHandoutPdf', () => {
  it('renders the owner’s handout and records the download', async () => {
    const before = await pdfAuditCount(handout.id)
    const response = await downloadHandoutPdf({ payload, user: owner, handoutId: handout.id })
    expect(response?.status).toBe(200)
    expect(response?.headers.get('Content-Type')).toBe('application/pdf')
    expect(await response!.text()).toContain('%PDF-fake')
    expect(await pdfAuditCount(handout.id)).toBe(before + 1)
  })

  it('returns null, and records nothing, for a handout the user may not read or a link that is not theirs', async () => {
    const before = await pdfAuditCount(handout.id)
    expect(await downloadHandoutPdf({ payload, user: other, handoutId: handout.id })).toBeNull()
    expect(await downloadHandoutPdf({ payload, user: owner, handoutId: deleted.id })).toBeNull()
    const link = await createShareLink({ payload, user: owner, handoutId: handout.id })
    const token = link.path.replace('/p/', '')
    const printed = { token, accessCode: null, shareUrl: `http://localhost${link.path}` }
    expect(await downloadHandoutPdf({ payload, user: other, handoutId: handout.id, link: printed })).toBeNull()
    expect(await pdfAuditCount(handout.id)).toBe(before)

    const response = await downloadHandoutPdf({ payload, user: owner, handoutId: handout.id, link: printed })
    expect(response?.status).toBe(200)
    expect(await pdfAuditCount(handout.id)).toBe(before + 1)
  })
})

describe('findPublishedTopic', () => {
  it('finds a published topic by slug and nothing for an unknown one', async () => {
    expect(await findPublishedTopic({ payload, user: other, slug: topic.slug })).toMatchObject({ id: topic.id, title: topic.title })
    expect(await findPublishedTopic({ payload, user: other, slug: 'no-such-topic' })).toBeNull()
  })
})
