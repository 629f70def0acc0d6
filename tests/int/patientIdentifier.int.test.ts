import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'
import { forgetCachedClinic } from '@/lib/clinic/cachedClinic'
import { createHandout } from '@/lib/handouts/createHandout'
import { listMyHandouts } from '@/lib/handouts/listMyHandouts'
import { toHandoutDocumentData } from '@/lib/handouts/toHandoutDocumentData'
import { closePdfRenderPool } from '@/lib/pdf/pdfRenderPool'
import { createShareLink } from '@/lib/share/createShareLink'
import { servePatientSharePage } from '@/lib/share/servePatientShare'
import type { Topic } from '@/payload-types'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

process.env.CARELEAF_PDF_WORKER_PATH = path.resolve(import.meta.dirname, '../support/fakePdfRenderWorker.mjs')

let payload: Payload
let topic: Topic
let clinician: PortalUser

beforeAll(async () => {
  payload = await getTestPayload()
  topic = await findSeededTopic(payload)
  clinician = await createTestUser(payload, ['clinician'], 'Dr Two Marias')
})

afterAll(async () => {
  await closePdfRenderPool()
})

describe('a second patient identifier', () => {
  it('tells two patients with one name apart in the clinician’s list, and never reaches the patient', async () => {
    const make = (patientIdentifier: string) =>
      createHandout({
        payload,
        user: clinician,
        input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: 'Maria García', patientIdentifier },
      })
    const first = await make('1961-03-14')
    await make('1988-11-02')
    const { rows } = await listMyHandouts({ payload, user: clinician })
    expect(rows.filter((row) => row.patientName === 'Maria García').map((row) => row.patientIdentifier)).toEqual(['1988-11-02', '1961-03-14'])

    const link = await createShareLink({ payload, user: clinician, handoutId: first.id })
    const token = link.path.split('/').pop()!
    const page = await servePatientSharePage({ payload, token, rateLimit: 10_000, request: new Request(`http://127.0.0.1/p/${token}`) })
    const html = await page.text()
    expect(html).toContain('Maria')
    expect(html).not.toContain('1961-03-14')
    expect(JSON.stringify(await toHandoutDocumentData({ payload, handout: first }))).not.toContain('1961-03-14')
  })

  it('is asked for only when the clinic chose one', async () => {
    const { loadClinic } = await import('@/lib/clinic/loadClinic')
    const before = await payload.findGlobal({ slug: 'clinic', overrideAccess: true })
    try {
      await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { patientIdentifier: 'date-of-birth' } })
      forgetCachedClinic()
      expect((await loadClinic(payload)).patientIdentifier).toBe('date-of-birth')
    } finally {
      await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { patientIdentifier: before.patientIdentifier } })
      forgetCachedClinic()
    }
    expect((await loadClinic(payload)).patientIdentifier).toBe('none')
  })
})
