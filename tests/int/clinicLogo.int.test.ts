import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { createHandout } from '@/lib/handouts/createHandout'
import { toHandoutDocumentData } from '@/lib/handouts/toHandoutDocumentData'
import { renderHandoutPdf } from '@/lib/pdf/renderHandoutPdf'
import { DEMO_CLINIC_LOGO_ALT } from '@/lib/seed/demoClinicLogo'
import { seedDemoContent } from '@/lib/seed/seedDemoContent'
import { createShareLink } from '@/lib/share/createShareLink'
import { servePatientSharePage } from '@/lib/share/servePatientShare'
import type { Media } from '@/payload-types'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'
import { inspectPdfLayout } from '../support/inspectPdfLayout'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

async function seededLogo(): Promise<Media> {
  const clinic = await payload.findGlobal({ slug: 'clinic', depth: 1, overrideAccess: true })
  if (!clinic.logo || typeof clinic.logo === 'number') throw new Error('the seed set no clinic logo')
  return clinic.logo
}

describe('clinic logo', () => {
  it('is seeded once, as a PNG with its 320 px size, and anyone may read it', async () => {
    const logo = await seededLogo()
    expect(logo.alt).toBe(DEMO_CLINIC_LOGO_ALT)
    expect(logo.mimeType).toBe('image/png')
    expect(logo.sizes?.thumbnail?.width).toBe(320)

    const anonymous = await payload.findGlobal({ slug: 'clinic', depth: 0, overrideAccess: false })
    expect(anonymous.logo).toBe(logo.id)

    // Seeding again (every start does) neither uploads a second logo nor touches the clinic.
    await seedDemoContent({ payload, demoAccounts: true })
    const copies = await payload.count({ collection: 'media', where: { alt: { equals: DEMO_CLINIC_LOGO_ALT } }, overrideAccess: true })
    expect(copies.totalDocs).toBe(1)
    expect((await seededLogo()).id).toBe(logo.id)
  })

  it('is changed by admins only, and only to a PNG or JPEG', async () => {
    const logo = await seededLogo()
    const editor = await createTestUser(payload, ['editor'])
    const admin = await createTestUser(payload, ['admin'])
    const webpBytes = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0b5450' } })
      .webp()
      .toBuffer()
    const webp = await payload.create({
      collection: 'media',
      user: editor,
      overrideAccess: false,
      data: { alt: 'A WebP logo' },
      file: { data: webpBytes, mimetype: 'image/webp', name: 'logo.webp', size: webpBytes.length },
    })

    await expect(payload.updateGlobal({ slug: 'clinic', user: editor, overrideAccess: false, data: { logo: null } })).rejects.toThrow()
    await expect(payload.updateGlobal({ slug: 'clinic', user: admin, overrideAccess: false, data: { logo: webp.id } })).rejects.toThrow(/logo/i)
    const removed = await payload.updateGlobal({ slug: 'clinic', user: admin, overrideAccess: false, data: { logo: null }, depth: 0 })
    expect(removed.logo ?? null).toBeNull()
    const restored = await payload.updateGlobal({ slug: 'clinic', user: admin, overrideAccess: false, data: { logo: logo.id }, depth: 0 })
    expect(restored.logo).toBe(logo.id)
  })

  it('is drawn in the PDF header on every page and shown with the clinic name as alt text on the patient page', async () => {
    const logo = await seededLogo()
    const clinician = await createTestUser(payload, ['clinician'])
    const topic = await findSeededTopic(payload)
    const handout = await createHandout({
      payload,
      user: clinician,
      // Every section but the topic's own pictures, so the header logo is the only image.
      input: {
        topicId: topic.id,
        sectionIds: topic.sections.filter((section) => section.blockType !== 'media').map((section) => section.id!),
        patientName: 'Lee Logo',
      },
    })

    const data = await toHandoutDocumentData({ payload, handout })
    expect(data.clinic.logo).toEqual({ id: logo.id, updatedAt: logo.updatedAt, filename: logo.sizes!.thumbnail!.filename })
    const withLogo = await inspectPdfLayout(await renderHandoutPdf(data))
    const withoutLogo = await inspectPdfLayout(await renderHandoutPdf({ ...data, clinic: { ...data.clinic, logo: null } }))
    expect(withLogo.length).toBeGreaterThan(1)
    // No share link, so no QR code: the only image is the logo, once per page header.
    expect(withoutLogo.map((page) => page.imageCount)).toEqual(withoutLogo.map(() => 0))
    expect(withLogo.map((page) => page.imageCount)).toEqual(withLogo.map(() => 1))

    const clinic = await payload.findGlobal({ slug: 'clinic', depth: 0, overrideAccess: true })
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id })
    const token = link.path.replace('/p/', '')
    const page = await servePatientSharePage({
      payload,
      request: new Request(`http://127.0.0.1/p/${token}`, { headers: { 'x-forwarded-for': '198.51.100.77' } }),
      token,
      rateLimit: 10_000,
    })
    expect(page.status).toBe(200)
    const html = await page.text()
    const img = /<img class="patient-header__logo" src="([^"]+)" alt="([^"]+)" width="40" height="40">/.exec(html)
    expect(img?.[2]).toBe(clinic.name)
    // Same-origin path, allowed by the page's `img-src 'self'`; nothing third-party.
    expect(img?.[1]).toBe(`/api/media/file/${logo.sizes!.thumbnail!.filename}`)
    expect(page.headers.get('content-security-policy')).toContain("img-src 'self'")
  })
})
