import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'
import { paragraphsToRichText } from '@/lib/content/lexical'
import type { PackedTopic } from '@/lib/contentPacks/contentPackFormat'
import { exportContentPack } from '@/lib/contentPacks/exportContentPack'
import { importContentPack } from '@/lib/contentPacks/importContentPack'
import { readContentPack } from '@/lib/contentPacks/readContentPack'
import { writeContentPackZip } from '@/lib/contentPacks/writeContentPackZip'
import { createHandout } from '@/lib/handouts/createHandout'
import type { ImportCounts } from '@/lib/import/medlineplus/importMedlinePlusTopics'
import { mediaFilePath } from '@/lib/media/mediaFilePath'
import { createShareLink } from '@/lib/share/createShareLink'
import { recordPatientAnswers } from '@/lib/teachBack/recordPatientAnswers'
import type { CheckUnderstandingBlock, MediaBlock, TextSectionBlock, Topic } from '@/payload-types'
import { entriesOf, zipOf } from '@/tests/support/contentPackZips'
import { restToken } from '@/tests/support/payloadRest'

import { createPublishedTopic, createTestUser, findSeededTopic, getTestPayload } from './testPayload'

let payload: Payload
let admin: PortalUser
let reviewer: PortalUser
let editor: PortalUser
let kneeTopic: Topic
let seededTopic: Topic
let categoryName: string
let pack: Buffer

const suffix = crypto.randomBytes(3).toString('hex')
const counts = (partial: Partial<ImportCounts>): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, flagged: 0, refused: 0, ...partial })
const paragraph = (text: string) => paragraphsToRichText([text]) as TextSectionBlock['body']

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createTestUser(payload, ['admin'], 'Ada Admin')
  reviewer = await createTestUser(payload, ['reviewer'], 'Dr. Ana Reviewer')
  editor = await createTestUser(payload, ['editor'], 'Ed Itor')
  seededTopic = await findSeededTopic(payload)
  categoryName = `Knee pack test ${suffix}`
  const category = await payload.create({
    collection: 'categories',
    overrideAccess: true,
    data: { name: categoryName, slug: `knee-pack-test-${suffix}`, kind: 'bodyRegion' },
  })
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0b5450' } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'A bent knee on a pillow' },
    file: { data: png, mimetype: 'image/png', name: `knee-${suffix}.png`, size: png.length },
  })
  const published = await createPublishedTopic(payload, reviewer, {
    title: `Knee pain ${suffix}`,
    slug: `knee-pain-${suffix}`,
    summary: 'What to do for knee pain at home.',
    mainMessage: 'Rest your knee and call us if it swells.',
    categories: [category.id],
    codes: [{ system: 'icd10cm', code: 'M25.56', display: 'Pain in knee' }],
    keywords: ['knee ache'],
    sources: [{ citation: 'NIAMS. Knee problems.', url: 'https://www.niams.nih.gov/health-topics/knee-problems' }],
    sections: [
      { blockType: 'text', heading: 'Rest', body: paragraph('Rest your knee for two days. Put ice on it for 15 minutes.') },
      { blockType: 'media', image: image.id, caption: 'Rest your knee on a pillow.' },
    ],
  })
  // The check names a section by its id, which exists once the topic is saved.
  kneeTopic = await payload.update({
    collection: 'topics',
    id: published.id,
    user: reviewer,
    overrideAccess: false,
    data: {
      _status: 'published',
      acknowledgedFlags: published.qualityFlags ?? [],
      sections: [
        ...published.sections,
        {
          blockType: 'check',
          heading: 'Check your understanding',
          questions: [
            {
              checksSection: published.sections[0]!.id!,
              kind: 'true-false',
              prompt: 'Ice helps a sore knee.',
              trueFalseAnswer: 'true',
              explanation: 'Ice eases swelling.',
            },
          ],
        },
      ],
    },
  })
})

async function importedTopic(originTopicId: number, locale: 'en' | 'es' = 'en', depth = 1): Promise<Topic> {
  const { docs } = await payload.findVersions({
    collection: 'topics',
    where: { and: [{ latest: { equals: true } }, { 'version.importedFrom.sourceId': { like: `:${originTopicId}` } }] },
    overrideAccess: true,
    limit: 10,
  })
  const id = docs.map((doc) => Number(doc.parent)).find((candidate) => candidate !== originTopicId)
  if (!id) throw new Error(`topic ${originTopicId} not imported`)
  return payload.findByID({ collection: 'topics', id, draft: true, locale, fallbackLocale: false, depth, overrideAccess: true })
}

async function rowCounts() {
  const count = async (collection: 'topics' | 'media' | 'categories' | 'audit-events') => (await payload.count({ collection, overrideAccess: true })).totalDocs
  const versions = (await payload.countVersions({ collection: 'topics', overrideAccess: true })).totalDocs
  return { topics: await count('topics'), versions, media: await count('media'), categories: await count('categories'), audit: await count('audit-events') }
}

describe('Content packs: export', () => {
  it('carries the published versions and nothing of patients, users, handouts, share links or teach-back answers', async () => {
    const patientName = `Quentin Zaffre-Oddly ${suffix}`
    const clinician = await createTestUser(payload, ['clinician'], `Clara Clinician ${suffix}`)
    const handout = await createHandout({
      payload,
      user: clinician,
      input: {
        // On the seeded topic, which stays: the knee topic is wiped before the import below.
        sections: seededTopic.sections.map((section) => ({ topicId: seededTopic.id, sectionId: section.id! })),
        patientName,
        instructions: `Instructions-sentinel-${suffix}`,
      },
    })
    const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, label: `Link-label-${suffix}` })
    const token = link.path.replace('/p/', '')
    const check = kneeTopic.sections.find((section): section is CheckUnderstandingBlock => section.blockType === 'check')!
    const question = check.questions![0]!
    const answerSentinel = `answer-sentinel-${suffix}`
    expect(
      await recordPatientAnswers({
        payload,
        linkId: link.id,
        answers: [{ topicId: seededTopic.id, question: { ...question, id: question.id! } as never, answer: answerSentinel, correct: false }],
      }),
    ).toBe(1)
    // A draft saved after publishing is not what other clinics get.
    await payload.update({
      collection: 'topics',
      id: kneeTopic.id,
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { _status: 'draft', summary: `Draft-only-${suffix}` },
    })

    const exported = await exportContentPack({ payload, user: admin, topicIds: [kneeTopic.id, seededTopic.id] })
    pack = exported.bytes
    expect(exported.fileName).toMatch(/^careleaf-content-pack-\d{4}-\d{2}-\d{2}\.zip$/u)

    const entries = await entriesOf(pack)
    const everything = [pack.toString('latin1'), ...Object.values(entries).map((bytes) => bytes.toString('utf8'))].join('\n')
    for (const secret of [
      patientName,
      'Quentin',
      token,
      String(link.tokenId),
      answerSentinel,
      `Instructions-sentinel-${suffix}`,
      `Link-label-${suffix}`,
      `Draft-only-${suffix}`,
      clinician.email,
      clinician.name,
      admin.email,
      reviewer.email,
      editor.email,
      'Ada Admin',
    ]) {
      expect(everything, secret).not.toContain(secret)
    }

    const read = await readContentPack(pack)
    expect(read.manifest.topics.map((topic) => topic.originTopicId)).toEqual([kneeTopic.id, seededTopic.id])
    const knee = read.topics[0]!
    expect(knee.review.reviewedByName).toBe('Dr. Ana Reviewer')
    expect(knee.locales.en?.summary).toBe('What to do for knee pain at home.')
    expect(knee.categories).toEqual([{ kind: 'bodyRegion', names: { en: categoryName } }])
    expect(knee.media).toHaveLength(1)
    expect(read.topics[1]!.locales.es?.translation?.status).toBe('approved')
    const { docs } = await payload.find({
      collection: 'audit-events',
      where: { action: { equals: 'content-pack.export' } },
      overrideAccess: true,
      sort: '-createdAt',
      limit: 1,
    })
    expect(docs[0]).toMatchObject({ actor: expect.anything(), detail: `2 topic(s): ${kneeTopic.id},${seededTopic.id}` })
  })

  it('is for admins only, and refuses a topic never published', async () => {
    for (const user of [editor, reviewer]) {
      await expect(exportContentPack({ payload, user, topicIds: [kneeTopic.id] })).rejects.toMatchObject({ status: 403 })
      await expect(importContentPack({ payload, user, bytes: pack })).rejects.toMatchObject({ status: 403 })
    }
    const draft = await payload.create({
      collection: 'topics',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: {
        _status: 'draft',
        title: `Never published ${suffix}`,
        summary: 'x',
        mainMessage: 'x',
        sections: [{ blockType: 'text', heading: 'x', body: paragraph('x') }],
      },
    })
    await expect(exportContentPack({ payload, user: admin, topicIds: [draft.id] })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/never been published/u),
    })
    await expect(exportContentPack({ payload, user: admin, topicIds: [] })).rejects.toMatchObject({ status: 400 })
  })
})

describe('Content packs: import', () => {
  it('refuses a tampered, truncated, padded or traversing pack whole, writing nothing', async () => {
    const before = await rowCounts()
    const entries = await entriesOf(pack)
    const topicPath = `topics/${kneeTopic.id}.json`
    const tampered = Buffer.from(entries[topicPath]!)
    tampered.writeUInt8(tampered.readUInt8(100) ^ 0x01, 100)
    const hostile = [
      await zipOf({ ...entries, [topicPath]: tampered }),
      pack.subarray(0, pack.length - 200),
      await zipOf({ ...entries, 'topics/999.json': entries[topicPath]! }),
      await zipOf({ ...entries, '../../etc/cron.d/x': 'x' }),
    ]
    for (const bytes of hostile) {
      await expect(importContentPack({ payload, user: admin, bytes })).rejects.toMatchObject({
        status: 400,
        message: expect.stringMatching(/^This content pack was refused and nothing was imported: /u),
      })
    }
    expect(await rowCounts()).toEqual(before)
  })

  it('brings the topics in as drafts after they are wiped: provenance, categories by name, images recreated, translations to review', async () => {
    const originalImage = kneeTopic.sections.find((section): section is MediaBlock => section.blockType === 'media')!.image
    await payload.delete({ collection: 'topics', id: kneeTopic.id, overrideAccess: true })
    await payload.delete({ collection: 'categories', where: { name: { equals: categoryName } }, overrideAccess: true })
    await payload.delete({ collection: 'media', id: typeof originalImage === 'number' ? originalImage : originalImage.id, overrideAccess: true })

    const summary = await importContentPack({ payload, user: admin, bytes: pack })
    expect(summary.topics).toEqual(counts({ created: 2 }))
    expect(summary.translations).toEqual(counts({ created: 1 }))

    const knee = await importedTopic(kneeTopic.id)
    const { originId } = (await readContentPack(pack)).manifest.origin
    expect(knee._status).toBe('draft')
    expect(knee.summary).toBe('What to do for knee pain at home.')
    expect(knee.importedFrom).toMatchObject({ publisher: 'careleaf-pack', sourceId: `${originId}:${kneeTopic.id}`, attention: null })
    expect(knee.importedFrom?.originReview).toMatch(/^From .+, reviewed by Dr\. Ana Reviewer on \d{4}-\d{2}-\d{2}/u)
    // The origin's sign-off is a record, not this clinic's review.
    expect(knee.reviewedBy ?? null).toBeNull()
    expect(knee.reviewedAt ?? null).toBeNull()
    expect(knee.codes?.map(({ code }) => code)).toEqual(['M25.56'])
    expect(knee.categories).toEqual([expect.objectContaining({ name: categoryName })])
    const [text, media, check] = knee.sections as [TextSectionBlock, MediaBlock, CheckUnderstandingBlock]
    expect(check.questions?.[0]?.checksSection).toBe(text.id)
    const image = media.image as { id: number; filename: string; alt: string }
    expect(image.alt).toBe('A bent knee on a pillow')
    expect(fs.existsSync(mediaFilePath(image.filename))).toBe(true)
    expect(path.basename(image.filename)).toMatch(/\.png$/u)

    const seededCopy = await importedTopic(seededTopic.id, 'es')
    expect(seededCopy.slug).not.toBe(seededTopic.slug)
    expect(seededCopy.translation).toMatchObject({ status: 'imported' })
    expect(seededCopy.translation?.provenance).toMatch(/^Imported, needs review: .+ content pack of \d{4}-\d{2}-\d{2}; approved there/u)
  })

  it('leaves every topic untouched when the same pack comes again', async () => {
    const before = await rowCounts()
    const summary = await importContentPack({ payload, user: admin, bytes: pack })
    expect(summary.topics).toEqual(counts({ unchanged: 2 }))
    expect(summary.translations).toEqual(counts({ unchanged: 1 }))
    const after = await rowCounts()
    expect({ ...after, audit: before.audit }).toEqual(before)
  })

  it('updates a changed topic with a note of what changed, and flags a topic edited here instead of overwriting it', async () => {
    const first = await readContentPack(pack)
    const [knee, seeded] = first.topics as [PackedTopic, PackedTopic]
    const newer: PackedTopic[] = [
      { ...knee, locales: { ...knee.locales, en: { ...knee.locales.en!, summary: 'What to do for knee pain at home, and when to call.' } } },
      { ...seeded, locales: { ...seeded.locales, en: { ...seeded.locales.en!, title: `${seeded.locales.en!.title} (revised)` } } },
    ]
    const media = new Map([...first.media].map(([key, file]) => [key, { extension: file.fileName.split('.').pop()!, bytes: file.bytes }]))
    const newerPack = await writeContentPackZip({ origin: first.manifest.origin, createdAt: new Date('2026-12-24T09:00:00Z'), topics: newer, media })

    const seededCopy = await importedTopic(seededTopic.id)
    await payload.update({
      collection: 'topics',
      id: seededCopy.id,
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { _status: 'draft', summary: 'Edited here.' },
    })

    const summary = await importContentPack({ payload, user: admin, bytes: newerPack })
    expect(summary.topics).toEqual(counts({ updated: 1, flagged: 1 }))
    expect(summary.translations).toEqual(counts({ unchanged: 1 }))

    const kneeNow = await importedTopic(kneeTopic.id)
    expect(kneeNow.summary).toBe('What to do for knee pain at home, and when to call.')
    expect(kneeNow.importedFrom?.changeNote).toMatch(/content pack of 2026-12-24 changed the summary; the earlier text is in the version history/u)
    const seededNow = await importedTopic(seededTopic.id)
    expect(seededNow.summary).toBe('Edited here.')
    expect(seededNow.title).toBe(seededCopy.title)
    expect(seededNow.importedFrom?.attention).toBe('source-changed-local-edits-kept')
    expect(seededNow.importedFrom?.changeNote).toMatch(/changed the title\. This topic was edited here since the last import, so its text was kept/u)
  })
})

describe('Content packs: content this Careleaf cannot take', () => {
  it('refuses the whole pack for an invalid condition code, and only the topic whose image is not an image', async () => {
    const first = await readContentPack(pack)
    const [knee, seeded] = first.topics as [PackedTopic, PackedTopic]
    const origin = { clinicName: 'Harbour Clinic', originId: crypto.randomUUID() }
    const media = new Map([...first.media].map(([key, file]) => [key, { extension: file.fileName.split('.').pop()!, bytes: file.bytes }]))
    const createdAt = new Date('2026-12-02T09:00:00Z')

    const badCode = await writeContentPackZip({
      origin,
      createdAt,
      topics: [{ ...knee, codes: [{ system: 'icd10cm', code: 'NOT-A-CODE', display: 'Broken' }] }],
      media,
    })
    await expect(importContentPack({ payload, user: admin, bytes: badCode })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/"topics\/\d+\.json" is not in the content pack format at codes\.0 \(not a valid condition code\)/u),
    })

    const [kneeImageKey] = knee.media.map((item) => item.key)
    const notAnImage = new Map(media).set(kneeImageKey!, { extension: 'png', bytes: Buffer.from('<script>not a picture</script>') })
    const summary = await importContentPack({
      payload,
      user: admin,
      bytes: await writeContentPackZip({ origin, createdAt, topics: [knee, seeded], media: notAnImage }),
    })
    expect(summary.topics).toEqual(counts({ created: 1, refused: 1 }))
    expect(summary.refusals).toEqual([{ title: knee.locales.en!.title, reason: expect.stringMatching(/^file: /u) }])
  })
})

describe('Content packs: REST', () => {
  async function call(method: 'GET' | 'POST', path: string, user: PortalUser | null, body?: FormData): Promise<Response> {
    const headers = new Headers()
    if (user) headers.set('authorization', `JWT ${await restToken(payload, user.email)}`)
    return handleEndpoints({ config: payload.config, request: new Request(`http://localhost/api/topics/content-packs${path}`, { method, headers, body }) })
  }
  const packForm = (bytes: Uint8Array | string) => {
    const form = new FormData()
    form.set('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), 'pack.zip')
    return form
  }

  it('downloads a pack for an admin, and answers others and bad input with a 4xx and one sentence', async () => {
    const ok = await call('GET', `/export?topics=${seededTopic.id}`, admin)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('application/zip')
    expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename="careleaf-content-pack-\d{4}-\d{2}-\d{2}\.zip"$/u)
    expect((await readContentPack(new Uint8Array(await ok.arrayBuffer()))).topics).toHaveLength(1)

    const answers = [
      [await call('GET', `/export?topics=${seededTopic.id}`, editor), 403, /Only an admin can export/u],
      [await call('GET', `/export?topics=${seededTopic.id}`, null), 401, /Sign in as an admin/u],
      [await call('GET', '/export?topics=1,abc', admin), 400, /Choose the topics to export/u],
      [await call('GET', '/export?topics=999999', admin), 404, /does not exist/u],
      [await call('POST', '/import', reviewer, packForm(pack)), 403, /Only an admin can import/u],
      [
        await call('POST', '/import', admin, packForm('not a zip at all')),
        400,
        /^This content pack was refused and nothing was imported: it is not a complete zip file/u,
      ],
      [await call('POST', '/import', admin, new FormData()), 400, /Choose the content pack/u],
    ] as const
    for (const [response, status, message] of answers) {
      expect(response.status).toBe(status)
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0]?.message).toMatch(message)
    }
  })

  it('imports a pack uploaded by an admin and answers the summary', async () => {
    const response = await call('POST', '/import', admin, packForm(pack))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ topics: { unchanged: expect.any(Number), refused: 0 }, refusals: [] })
  })
})
