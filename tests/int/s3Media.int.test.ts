import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DeleteObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createLocalReq, handleEndpoints, initTransaction, killTransaction, type Payload } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportContentPack } from '@/lib/contentPacks/exportContentPack'
import { importContentPack } from '@/lib/contentPacks/importContentPack'
import { readContentPack } from '@/lib/contentPacks/readContentPack'
import { createHandout } from '@/lib/handouts/createHandout'
import { downloadHandoutPdf } from '@/lib/handouts/downloadHandoutPdf'
import { ensureLocalMediaFiles } from '@/lib/media/ensureLocalMediaFiles'
import { removeUnusedMediaFiles } from '@/lib/media/removeUnusedMediaFiles'
import { s3MediaSettings } from '@/lib/media/s3MediaSettings'
import { closePdfRenderPool } from '@/lib/pdf/pdfRenderPool'
import type { Media } from '@/payload-types'

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
  // When this file runs first, the seed's clinic logo was uploaded here, to the bucket and this file's own folder; the
  // files that run after it read the run's media folder, so the logo is fetched there before both go.
  const settings = s3MediaSettings()
  const clinic = payload ? await payload.findGlobal({ slug: 'clinic', depth: 1, overrideAccess: true }) : null
  process.env = savedEnv
  if (settings && clinic?.logo && typeof clinic.logo === 'object') await ensureLocalMediaFiles(filesOf(clinic.logo), settings)
  bucket?.destroy()
  await server.close()
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

/** The upload and every size Payload made of it. */
function filesOf(media: Pick<Media, 'filename' | 'sizes'>): string[] {
  return [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
}

async function inBucketEach(names: string[]): Promise<Record<string, boolean>> {
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await inBucket(name)] as const)))
}

function allAs(names: string[], value: boolean): Record<string, boolean> {
  return Object.fromEntries(names.map((name) => [name, value]))
}

async function uploadMedia(name: string, data: Buffer, alt = 'A knee bent over a rolled towel'): Promise<Media> {
  return payload.create({ collection: 'media', overrideAccess: true, data: { alt }, file: { data, mimetype: 'image/png', name, size: data.length } })
}

/** What the media file route serves for this name after this instance forgot its copies: the bytes, or the status. */
async function servedFromBucket(name: string): Promise<Buffer | number> {
  forgetLocalCopies()
  const response = await mediaFile(name)
  return response.status === 200 ? Buffer.from(await response.arrayBuffer()) : response.status
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

  describe('replacing a media item’s file', () => {
    it('removes the previous upload and sizes from the bucket once the save commits, and serves the new file', async () => {
      const editor = await createTestUser(payload, ['editor'])
      const original = await uploadMedia('s3-replace-knee.png', await png(1600, 900, '#0b5450'))
      const previousNames = filesOf(original)
      expect(previousNames).toHaveLength(4)
      expect(await inBucketEach(previousNames)).toEqual(allAs(previousNames, true))

      const newBytes = await png(1200, 800, '#7a3b00')
      const replaced = await payload.update({
        collection: 'media',
        id: original.id,
        user: editor,
        overrideAccess: false,
        data: {},
        file: { data: newBytes, mimetype: 'image/png', name: 's3-replace-knee-v2.png', size: newBytes.length },
      })
      const newNames = filesOf(replaced)
      expect(newNames.filter((name) => previousNames.includes(name))).toEqual([])
      expect(await inBucketEach(newNames)).toEqual(allAs(newNames, true))
      expect(await inBucketEach(previousNames)).toEqual(allAs(previousNames, false))
      // Nor left in this instance's folder.
      expect(fs.readdirSync(localMedia).filter((name) => previousNames.includes(name))).toEqual([])

      expect(await servedFromBucket(replaced.filename!)).toEqual(newBytes)
      expect(await servedFromBucket(original.filename!)).toBe(404)
    })

    it('gives every new upload a name never used before, and never removes a file a row uses', async () => {
      const first = await uploadMedia('s3-same.png', await png(900, 600, '#224488'))
      expect(first.filename).toMatch(/^s3-same-[0-9a-z]{8}\.png$/)
      // The same name uploaded again.
      const secondBytes = await png(900, 600, '#884422')
      const second = await payload.update({
        collection: 'media',
        id: first.id,
        overrideAccess: true,
        data: {},
        file: { data: secondBytes, mimetype: 'image/png', name: 's3-same.png', size: secondBytes.length },
      })
      expect(filesOf(second).filter((name) => filesOf(first).includes(name))).toEqual([])
      expect(await inBucketEach(filesOf(first))).toEqual(allAs(filesOf(first), false))
      expect(await inBucketEach(filesOf(second))).toEqual(allAs(filesOf(second), true))

      // Once more, on an instance without the previous copies, named as one of the previous sizes: Payload alone would
      // reuse that name, and an instance that cached the previous size would serve it for this upload.
      forgetLocalCopies()
      const thirdBytes = await png(900, 600, '#448822')
      const third = await payload.update({
        collection: 'media',
        id: first.id,
        overrideAccess: true,
        data: {},
        file: { data: thirdBytes, mimetype: 'image/png', name: second.sizes!.thumbnail!.filename!, size: thirdBytes.length },
      })
      expect(filesOf(third).filter((name) => [...filesOf(first), ...filesOf(second)].includes(name))).toEqual([])
      expect(await inBucketEach(filesOf(third))).toEqual(allAs(filesOf(third), true))
      expect(await inBucketEach(filesOf(second))).toEqual(allAs(filesOf(second), false))
      expect(await servedFromBucket(third.filename!)).toEqual(thirdBytes)

      // The clean-up keeps every name a row uses, whatever it is asked to remove.
      expect(await removeUnusedMediaFiles(payload, { filenames: filesOf(third), uploadedSince: first.createdAt })).toEqual([])
      expect(await inBucketEach(filesOf(third))).toEqual(allAs(filesOf(third), true))
    })

    it('keeps the previous files when the save fails or is rolled back, and drops the rolled-back upload’s', async () => {
      const original = await uploadMedia('s3-kept.png', await png(800, 600, '#333366'))
      const originalBytes = fs.readFileSync(path.join(localMedia, original.filename!))
      const newBytes = await png(800, 600, '#663333')
      const newFile = { data: newBytes, mimetype: 'image/png', name: 's3-kept-v2.png', size: newBytes.length }

      // Refused before anything is written (alt text too short); Payload has already removed this instance's copies.
      await expect(payload.update({ collection: 'media', id: original.id, overrideAccess: true, data: { alt: 'x' }, file: newFile })).rejects.toThrow()
      expect(await inBucketEach(filesOf(original))).toEqual(allAs(filesOf(original), true))
      expect(await servedFromBucket(original.filename!)).toEqual(originalBytes)

      // Saved, new files sent, then rolled back with the transaction it was part of.
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      const rolledBack = await payload.update({ collection: 'media', id: original.id, overrideAccess: true, data: {}, file: newFile, req })
      await killTransaction(req)
      const row = await payload.findByID({ collection: 'media', id: original.id, overrideAccess: true, depth: 0 })
      expect(filesOf(row)).toEqual(filesOf(original))
      expect(await inBucketEach(filesOf(original))).toEqual(allAs(filesOf(original), true))
      expect(await servedFromBucket(original.filename!)).toEqual(originalBytes)
      expect(await inBucketEach(filesOf(rolledBack))).toEqual(allAs(filesOf(rolledBack), false))
    })

    it('keeps the files a handout already given shows, so its picture does not change', async () => {
      const picture = await uploadMedia('s3-given.png', await png(1600, 1000, '#7a3b00'), 'Lying on your side with a pillow between the knees')
      const topic = await payload.create({
        collection: 'topics',
        overrideAccess: true,
        data: {
          title: 'S3 replaced picture topic',
          slug: `s3-replaced-${picture.id}`,
          summary: 'A picture replaced after a handout was given.',
          mainMessage: 'Rest, move gently and call if it gets worse.',
          _status: 'published',
          sections: [
            { blockType: 'media', image: picture.id, caption: 'A pillow between your knees keeps your hips level.' },
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
        input: { topicId: topic.id, sectionIds: topic.sections.map((section) => section.id!), patientName: 'S3 Replaced Patient' },
      })

      const newBytes = await png(1600, 1000, '#0b5450')
      await payload.update({
        collection: 'media',
        id: picture.id,
        overrideAccess: true,
        data: {},
        file: { data: newBytes, mimetype: 'image/png', name: 's3-given-v2.png', size: newBytes.length },
      })
      // The handout shows the print size in its PDF and the card size on the patient page; the rest of the old files go.
      const shown = [picture.sizes!.print!.filename!, picture.sizes!.card!.filename!]
      const notShown = filesOf(picture).filter((name) => !shown.includes(name))
      expect(await inBucketEach(shown)).toEqual(allAs(shown, true))
      expect(await inBucketEach(notShown)).toEqual(allAs(notShown, false))

      forgetLocalCopies()
      const response = await downloadHandoutPdf({ payload, user: clinician, handoutId: handout.id })
      expect(response?.status).toBe(200)
      const pages = await inspectPdfLayout(Buffer.from(await response!.arrayBuffer()))
      expect(pages.reduce((sum, page) => sum + page.imageCount, 0)).toBeGreaterThanOrEqual(1)
      expect(pages.flatMap((page) => page.runs.map((run) => run.text)).join(' ')).not.toContain('[Image:')
    })
  })
})
