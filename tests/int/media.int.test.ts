import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { createHandout } from '@/lib/handouts/createHandout'
import { handoutSectionSnapshots } from '@/lib/handouts/toHandoutDocumentData'
import { mediaDirectory } from '@/lib/media/mediaFilePath'

import { AGREED_PEMAT_RATING, createTestUser, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#0b5450' } })
    .png()
    .toBuffer()
}

describe('media', () => {
  it('stores an upload with resized copies in the media folder, and requires alt text', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const data = await png(1600, 900)
    const media = await payload.create({
      collection: 'media',
      user: editor,
      overrideAccess: false,
      data: { alt: 'A rolled towel under the knees' },
      file: { data, mimetype: 'image/png', name: 'towel.png', size: data.length },
    })
    expect(media.width).toBe(1600)
    expect(media.sizes?.card?.width).toBe(768)
    expect(media.sizes?.print?.filename).toMatch(/\.jpe?g$/)
    expect(fs.existsSync(path.join(mediaDirectory(), media.filename!))).toBe(true)
    expect(fs.existsSync(path.join(mediaDirectory(), media.sizes!.print!.filename!))).toBe(true)

    await expect(
      payload.create({
        collection: 'media',
        user: editor,
        overrideAccess: false,
        data: { alt: ' ' },
        file: { data, mimetype: 'image/png', name: 'no-alt.png', size: data.length },
      }),
    ).rejects.toThrow(/alt/i)
    const clinician = await createTestUser(payload, ['clinician'])
    await expect(
      payload.create({
        collection: 'media',
        user: clinician,
        overrideAccess: false,
        data: { alt: 'Not allowed' },
        file: { data, mimetype: 'image/png', name: 'x.png', size: data.length },
      }),
    ).rejects.toThrow()
  })

  it('goes into a handout as an image snapshot with its alt text and caption', async () => {
    const data = await png(400, 300)
    const media = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Lying on your back with a pillow under the knees' },
      file: { data, mimetype: 'image/png', name: 'back.png', size: data.length },
    })
    const topic = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      data: {
        title: 'Media topic',
        slug: `media-topic-${media.id}`,
        summary: 'Pictures of sleeping positions.',
        mainMessage: 'Rest, move gently and call if it gets worse.',
        _status: 'published',
        sections: [
          { blockType: 'media', image: media.id, caption: 'A pillow under your knees keeps your back level.' },
          { blockType: 'exercise', name: 'Knee hug', image: media.id, steps: [{ text: 'Lie on your back.' }, { text: 'Hug one knee.' }] },
          { blockType: 'warningSigns', heading: 'When to get help now', signs: [{ text: 'Chest pain', tier: 'emergency' }] },
        ],
        sources: [{ citation: 'NHS. Back pain.' }],
        pemat: AGREED_PEMAT_RATING,
      },
    })
    expect(topic.qualityFlags).toEqual([])
    const clinician = await createTestUser(payload, ['clinician'])
    const handout = await createHandout({
      payload,
      user: clinician,
      input: { topicId: topic.id, sectionIds: topic.sections.map((section) => section.id!), patientName: 'Media Patient' },
    })
    const [image, exercise] = handoutSectionSnapshots(handout)
    expect(image).toMatchObject({
      blockType: 'media',
      heading: 'A pillow under your knees keeps your back level.',
      body: { image: { alt: 'Lying on your back with a pillow under the knees' } },
    })
    expect(exercise).toMatchObject({
      blockType: 'exercise',
      body: { steps: ['Lie on your back.', 'Hug one knee.'], image: { alt: 'Lying on your back with a pillow under the knees' } },
    })
    // A 400 px image has no 1400 px print copy: the original is used.
    expect(image!.blockType === 'media' && image!.body.image.filename).toBe(media.filename)
  })
})
