import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createHandout } from '@/lib/handouts/createHandout'
import { clinicDefaultAccessCheck } from '@/lib/share/clinicDefaultAccessCheck'
import { createShareLink } from '@/lib/share/createShareLink'
import { listShareLinks } from '@/lib/share/listShareLinks'
import { servePatientSharePage } from '@/lib/share/servePatientShare'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

async function newHandout() {
  const clinician = await createTestUser(payload, ['clinician'])
  const topic = await findSeededTopic(payload)
  const handout = await createHandout({
    payload,
    user: clinician,
    input: { topicId: topic.id, sectionIds: [topic.sections[0]!.id!], patientName: 'Pat Label' },
  })
  return { clinician, handout }
}

describe('share-link labels', () => {
  it('shows the label in the clinician’s list and never on the patient page', async () => {
    const { clinician, handout } = await newHandout()
    const label = `daughter ${crypto.randomBytes(3).toString('hex')}`
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, label: `  ${label} ` })
    const unlabelled = await createShareLink({ payload, user: clinician, handoutId: handout.id })

    const listed = await listShareLinks({ payload, user: clinician, handoutId: handout.id })
    expect(listed.find((entry) => entry.id === link.id)?.label).toBe(label)
    expect(listed.find((entry) => entry.id === unlabelled.id)?.label).toBeNull()

    const token = link.path.replace('/p/', '')
    const request = new Request(`http://127.0.0.1/p/${token}`, { headers: { 'x-forwarded-for': `198.51.100.${crypto.randomInt(1, 255)}` } })
    const response = await servePatientSharePage({ payload, request, token, rateLimit: 10_000 })
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toContain(handout.title)
    expect(html).not.toContain(label)
  })

  it('refuses a label over 60 characters with a message, and makes no link', async () => {
    const { clinician, handout } = await newHandout()
    await expect(createShareLink({ payload, user: clinician, handoutId: handout.id, label: 'x'.repeat(61) })).rejects.toThrow(/60 characters or fewer/)
    expect(await listShareLinks({ payload, user: clinician, handoutId: handout.id })).toEqual([])
  })

  it('starts new links with the clinic’s patient check', async () => {
    expect(await clinicDefaultAccessCheck(payload)).toBe('access-code')
  })
})
