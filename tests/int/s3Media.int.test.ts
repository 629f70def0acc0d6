import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DeleteObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { handleEndpoints, type Payload } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportContentPack } from '@/lib/contentPacks/exportContentPack'
import { importContentPack } from '@/lib/contentPacks/importContentPack'
import { readContentPack } from '@/lib/contentPacks/readContentPack'
import { createHandout } from '@/lib/handouts/createHandout'
import { downloadHandoutPdf } from '@/lib/handouts/downloadHandoutPdf'
import { closePdfRenderPool } from '@/lib/pdf/pdfRenderPool'

import { AGREED_PEMAT_RATING, createTestUser, getTestPayload } from './testPayload'
import { inspectPdfLayout } from '../support/inspectPdfLayout'

/**
 * Media in an S3 bucket, as several instances share them: a real S3 API
 * server (s3rver, in process on 127.0.0.1) and the AWS SDK against it. This
 * file's Payload is configured for S3 before it loads (getTestPayload imports
 * the config on first use) and gets a media folder of its own, emptied to play
 * an instance that never saw an upload.
 */
const BUCKET = 'careleaf-media-test'
const savedEnv = { ...process.env }
const s3Directory = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-s3rver-'))
const localMedia = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-s3-cache-'))
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Directory, configureBuckets: [{ name: BUCKET, configs: [] }] })

let payload: Payload
let bucket: S3Client

beforeAll(async () => {
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    CARELEAF_S3_BUCKET: BUCKET,
    CARELEAF_S3_ENDPOINT: endpoint,
    CARELEAF_S3_ACCESS_KEY_ID: 'S3RVER',
    CARELEAF_S3_SECRET_ACCESS_KEY: 'S3RVER',
    CARELEAF_MEDIA_DIR: localMedia,
  })
  bucket = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePdfRenderPool()
  bucket?.destroy()
  await server.close()
  process.env = savedEnv
  fs.rmSync(s3Directory, { recursive: true, force: true })
  fs.rmSync(localMedia, { recursive: true, force: true })
})

function png(width: number, height: number, background: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
}

async function inBucket(key: string): Promise<boolean> {
  return bucket.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })).then(
    () => true,
    () => false,
  )
}

/** Empties this instance's media folder, as on an instance that did not take the uploads. */
function forgetLocalCopies(): void {
  for (const name of fs.readdirSync(localMedia)) fs.rmSync(path.join(localMedia, name), { force: true })
}

function mediaFile(name: string): Promise<Response> {
  return handleEndpoints({ config: payload.config, request: new Request(`http://localhost/api/media/file/${encodeURIComponent(name)}`) })
}

describe('media in S3 (CARELEAF_S3_BUCKET)', () => {
  it('sends an upload and its sizes to the bucket, and another instance serves them from there', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const data = await png(1600, 900, '#0b5450')
    const media = await payload.create({
      collection: 'media',
      user: editor,
      overrideAccess: false,
      data: { alt: 'A rolled towel under the knees' },
      file: { data, mimetype: 'image/png', name: 's3-towel.png', size: data.length },
    })
    const names = [media.filename!, media.sizes!.card!.filename!, media.sizes!.print!.filename!]
    for (const name of names) expect(await inBucket(name)).toBe(true)
    // Still this site's address, so patient pages keep img-src 'self'.
    expect(media.url).toMatch(/\/api\/media\/file\/s3-towel/)

    // An instance that never saw the upload: its media folder lacks the file.
    forgetLocalCopies()
    const served = await mediaFile(media.filename!)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).equals(data)).toBe(true)
    // Kept for the next request.
    expect(fs.existsSync(path.join(localMedia, media.filename!))).toBe(true)

    await payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
    for (const name of names) expect(await inBucket(name)).toBe(false)
  })

  it('answers a file in neither the bucket nor this instance’s folder with 404, not a server error', async () => {
    const data = await png(200, 200, '#333333')
    const media = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Lost file' },
      file: { data, mimetype: 'image/png', name: 's3-lost.png', size: data.length },
    })
    await bucket.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: media.filename! }))
    forgetLocalCopies()
    expect((await mediaFile(media.filename!)).status).toBe(404)
  })

  it('draws the clinic logo and a topic’s pictures into the PDF, fetched from the bucket to this instance first', async () => {
    const clinic = await payload.findGlobal({ slug: 'clinic', overrideAccess: true, depth: 0 })
    const logoBytes = await png(480, 480, '#1d6f42')
    const logo = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'S3 clinic logo' },
      file: { data: logoBytes, mimetype: 'image/png', name: 's3-logo.png', size: logoBytes.length },
    })
    const pictureBytes = await png(900, 600, '#7a3b00')
    const picture = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Lying on your back with a pillow under the knees' },
      file: { data: pictureBytes, mimetype: 'image/png', name: 's3-pillow.png', size: pictureBytes.length },
    })
    try {
      await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { logo: logo.id } })
      const topic = await payload.create({
        collection: 'topics',
        overrideAccess: true,
        data: {
          title: 'S3 pictures topic',
          slug: `s3-pictures-${picture.id}`,
          summary: 'Pictures of sleeping positions.',
          mainMessage: 'Rest, move gently and call if it gets worse.',
          _status: 'published',
          sections: [
            { blockType: 'media', image: picture.id, caption: 'A pillow under your knees keeps your back level.' },
            { blockType: 'warningSigns', heading: 'When to get help now', signs: [{ text: 'Chest pain', tier: 'emergency' }] },
          ],
          sources: [{ citation: 'NHS. Back pain.' }],
          pemat: AGREED_PEMAT_RATING,
        },
      })
      const clinician = await createTestUser(payload, ['clinician'])
      const handout = await createHandout({
        payload,
        user: clinician,
        input: { topicId: topic.id, sectionIds: topic.sections.map((section) => section.id!), patientName: 'S3 Patient' },
      })
      forgetLocalCopies()

      const response = await downloadHandoutPdf({ payload, user: clinician, handoutId: handout.id })
      expect(response?.status).toBe(200)
      const pages = await inspectPdfLayout(Buffer.from(await response!.arrayBuffer()))
      // The logo in the header and the picture (a missing file would print its alt text instead).
      expect(pages.reduce((sum, page) => sum + page.imageCount, 0)).toBeGreaterThanOrEqual(2)
      expect(pages.flatMap((page) => page.runs.map((run) => run.text)).join(' ')).not.toContain('[Image:')
      expect(fs.readdirSync(localMedia).filter((name) => !name.endsWith('.part'))).toEqual(
        expect.arrayContaining([expect.stringMatching(/^s3-pillow/), expect.stringMatching(/^s3-logo/)]),
      )
    } finally {
      await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { logo: clinic.logo ?? null } })
    }
  })

  it('puts a picture only the bucket holds into a content pack, and an import’s pictures into the bucket', async () => {
    const pictureBytes = await png(640, 480, '#224488')
    const picture = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Knee bent, foot flat on the bed' },
      file: { data: pictureBytes, mimetype: 'image/png', name: 's3-pack-knee.png', size: pictureBytes.length },
    })
    const topic = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      data: {
        title: 'S3 pack topic',
        slug: `s3-pack-${picture.id}`,
        summary: 'A picture that travels in a pack.',
        mainMessage: 'Rest, move gently and call if it gets worse.',
        _status: 'published',
        sections: [
          { blockType: 'media', image: picture.id, caption: 'Bend your knee and keep your foot flat.' },
          { blockType: 'warningSigns', heading: 'When to get help now', signs: [{ text: 'Chest pain', tier: 'emergency' }] },
        ],
        sources: [{ citation: 'NHS. Knee pain.' }],
        pemat: AGREED_PEMAT_RATING,
      },
    })
    const admin = await createTestUser(payload, ['admin'])
    forgetLocalCopies()
    const exported = await exportContentPack({ payload, user: admin, topicIds: [topic.id] })
    const pack = await readContentPack(exported.bytes)
    const packed = [...pack.media.values()]
    expect(packed.some(({ bytes }) => bytes.equals(pictureBytes))).toBe(true)

    // Imported here again (a clinic importing a pack from another): the new image row's files go to the bucket.
    const before = await payload.find({ collection: 'media', overrideAccess: true, limit: 0, pagination: false, depth: 0 })
    await importContentPack({ payload, user: admin, bytes: exported.bytes })
    const after = await payload.find({ collection: 'media', overrideAccess: true, limit: 0, pagination: false, depth: 0 })
    const created = after.docs.filter((doc) => !before.docs.some((old) => old.id === doc.id))
    expect(created.length).toBeGreaterThan(0)
    for (const media of created) expect(await inBucket(media.filename!)).toBe(true)
  })
})
