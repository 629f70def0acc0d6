import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'
import { createHandout } from '@/lib/handouts/createHandout'
import { deleteHandout } from '@/lib/handouts/deleteHandout'
import { downloadHandoutPdf, prerenderShareLinkPrintout } from '@/lib/handouts/downloadHandoutPdf'
import { handoutPdfData, prerenderHandoutPdf } from '@/lib/handouts/renderHandoutPdfResponse'
import { toHandoutDocumentData } from '@/lib/handouts/toHandoutDocumentData'
import { closePdfRenderPool } from '@/lib/pdf/pdfRenderPool'
import { renderCachedHandoutPdf } from '@/lib/pdfCache/renderCachedHandoutPdf'
import { createShareLink } from '@/lib/share/createShareLink'
import type { Handout, Topic } from '@/payload-types'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

// The stand-in worker answers "%PDF-fake <title>" at once; what is tested here is what the cache keeps and when.
process.env.CARELEAF_PDF_WORKER_PATH = path.resolve(import.meta.dirname, '../support/fakePdfRenderWorker.mjs')

let payload: Payload
let topic: Topic
let clinician: PortalUser

beforeAll(async () => {
  payload = await getTestPayload()
  topic = await findSeededTopic(payload)
  clinician = await createTestUser(payload, ['clinician'], 'Dr Cache')
})

afterAll(async () => {
  await closePdfRenderPool()
})

function makeHandout(patientName: string): Promise<Handout> {
  return createHandout({ payload, user: clinician, input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName } })
}

async function cachedRows(handoutId: number): Promise<Array<{ variant: string; sealed: boolean; bytes: Buffer }>> {
  const { rows } = await payload.db.drizzle.execute(sql`SELECT variant, sealed, bytes FROM pdf_cache WHERE handout_id = ${handoutId} ORDER BY created_at`)
  return rows as Array<{ variant: string; sealed: boolean; bytes: Buffer }>
}

async function clinicianCopy(handout: Handout) {
  const data = { ...(await toHandoutDocumentData({ payload, handout })), shareAccess: null }
  return renderCachedHandoutPdf({ payload, handoutId: handout.id, data })
}

describe('the shared PDF cache', () => {
  it('serves a repeat download of the same printout without rendering it again', async () => {
    const handout = await makeHandout('Cache Patient')
    const first = await clinicianCopy(handout)
    const second = await clinicianCopy(handout)
    expect(first.fromCache).toBe(false)
    expect(second.fromCache).toBe(true)
    expect(second.pdf.equals(first.pdf)).toBe(true)
    expect(await cachedRows(handout.id)).toHaveLength(1)
    // The clinician's download goes through it too, and still answers a PDF.
    const response = await downloadHandoutPdf({ payload, user: clinician, handoutId: handout.id })
    expect(Buffer.from(await response!.arrayBuffer()).equals(first.pdf)).toBe(true)
    expect(await cachedRows(handout.id)).toHaveLength(1)
  })

  it('renders in the background after creation, so the first download is already cached', async () => {
    const handout = await makeHandout('Prerender Patient')
    prerenderHandoutPdf({ payload, handout })
    await expect.poll(async () => (await cachedRows(handout.id)).length, { timeout: 10_000 }).toBe(1)
    expect((await clinicianCopy(handout)).fromCache).toBe(true)
  })

  it('renders again after a change to the clinic’s branding, and drops the old copies', async () => {
    const handout = await makeHandout('Branding Patient')
    await clinicianCopy(handout)
    const clinic = await payload.findGlobal({ slug: 'clinic', overrideAccess: true })
    try {
      await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { phone: '(555) 010-0123' } })
      expect(await cachedRows(handout.id)).toHaveLength(0)
      expect((await clinicianCopy(handout)).fromCache).toBe(false)
      expect((await clinicianCopy(handout)).fromCache).toBe(true)
    } finally {
      await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { phone: clinic.phone } })
    }
  })

  it('keeps a printout that shows the link and its code only sealed, and only the same link and code open it', async () => {
    const handout = await makeHandout('Sealed Patient')
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, accessCheck: 'access-code' })
    const token = link.path.split('/').pop()!
    const shareUrl = `http://localhost${link.path}`
    const printout = async (accessCode: string | null) => {
      const data = { ...(await toHandoutDocumentData({ payload, handout, shareUrl })), shareAccess: { accessCode, asksBirthYear: false } }
      return renderCachedHandoutPdf({ payload, handoutId: handout.id, data })
    }
    expect((await printout(link.accessCode)).fromCache).toBe(false)
    const [row] = await cachedRows(handout.id)
    expect(row).toMatchObject({ variant: 'share-printout', sealed: true })
    expect(Buffer.from(row!.bytes).includes(Buffer.from(token))).toBe(false)
    expect(Buffer.from(row!.bytes).includes(Buffer.from('%PDF'))).toBe(false)
    expect((await printout(link.accessCode)).fromCache).toBe(true)
    expect((await printout('000000')).fromCache).toBe(false)
  })

  it('renders a new link’s printout in the background, so printing it (link and code on paper) is already cached', async () => {
    const handout = await makeHandout('Printout Prerender Patient')
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, accessCheck: 'access-code' })
    const printed = { token: link.path.split('/').pop()!, accessCode: link.accessCode, shareUrl: `http://localhost${link.path}` }
    await prerenderShareLinkPrintout({ payload, user: clinician, handoutId: handout.id, link: printed })
    const [row] = await cachedRows(handout.id)
    expect(row).toMatchObject({ variant: 'share-printout', sealed: true })

    // What the printout download asks the cache for (the same data builder) is what was rendered.
    const shareAccess = { accessCode: link.accessCode, asksBirthYear: false }
    const data = await handoutPdfData({ payload, handout, shareUrl: printed.shareUrl, shareAccess })
    expect((await renderCachedHandoutPdf({ payload, handoutId: handout.id, data })).fromCache).toBe(true)
    const response = await downloadHandoutPdf({ payload, user: clinician, handoutId: handout.id, link: printed })
    expect(response?.status).toBe(200)
    expect(await cachedRows(handout.id)).toHaveLength(1)
  })

  it('renders nothing in the background for a link that is not this clinician’s to print, or a wrong code', async () => {
    const handout = await makeHandout('Printout Refused Patient')
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, accessCheck: 'access-code' })
    const printed = { token: link.path.split('/').pop()!, accessCode: '000000', shareUrl: `http://localhost${link.path}` }
    await prerenderShareLinkPrintout({ payload, user: clinician, handoutId: handout.id, link: printed })
    expect(await cachedRows(handout.id)).toHaveLength(0)
  })

  it('forgets a deleted handout’s copies', async () => {
    const handout = await makeHandout('Deleted Cache Patient')
    await clinicianCopy(handout)
    expect(await cachedRows(handout.id)).toHaveLength(1)
    await deleteHandout({ payload, user: clinician, handoutId: handout.id })
    expect(await cachedRows(handout.id)).toHaveLength(0)
  })

  it('is out of reach of every API: no collection, no REST route', async () => {
    expect(payload.collections).not.toHaveProperty('pdf-cache')
    expect(payload.collections).not.toHaveProperty('pdf_cache')
  })
})
