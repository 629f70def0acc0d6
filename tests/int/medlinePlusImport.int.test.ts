import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/lib/auth/portalUser'
import { IMPORT_CONTEXT } from '@/lib/import/importProvenance'
import { importMedlinePlusTopics, type ImportCounts } from '@/lib/import/medlineplus/importMedlinePlusTopics'
import { MedlinePlusFileError } from '@/lib/import/medlineplus/readHealthTopics'
import type { Topic } from '@/payload-types'

import { createTestUser, getTestPayload } from './testPayload'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/medlineplus')
const FIXTURE = path.join(FIXTURES, 'mplus_topics_2026-11-28.xml')
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlineplus-'))

let payload: Payload
let editor: PortalUser

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createTestUser(payload, ['editor'], 'Ed Itor')
})

const counts = (partial: Partial<ImportCounts>): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, flagged: 0, refused: 0, ...partial })

let latestXml = fs.readFileSync(FIXTURE, 'utf8')

/** The last file with some more text replaced, as the next file NLM publishes. */
function laterFile(date: string, edit: (xml: string) => string): string {
  const [month, day, year] = [date.slice(5, 7), date.slice(8, 10), date.slice(0, 4)]
  const xml = edit(latestXml).replace(/date-generated="[^"]*"/u, `date-generated="${month}/${day}/${year} 02:30:00"`)
  latestXml = xml
  const file = path.join(tmpDir, `mplus_topics_${date}.xml`)
  fs.writeFileSync(file, xml)
  return file
}

async function importedTopic(sourceId: string, locale: 'en' | 'es' = 'en'): Promise<Topic> {
  const { docs } = await payload.find({ collection: 'topics', where: { 'importedFrom.sourceId': { equals: sourceId } }, limit: 1, overrideAccess: true })
  const found = docs[0]
  if (!found) throw new Error(`topic ${sourceId} not imported`)
  return payload.findByID({ collection: 'topics', id: found.id, draft: true, locale, fallbackLocale: false, depth: 1, overrideAccess: true })
}

async function versionCount(id: number): Promise<number> {
  const { totalDocs } = await payload.countVersions({ collection: 'topics', where: { parent: { equals: id } }, overrideAccess: true })
  return totalDocs
}

async function topicCount(): Promise<number> {
  return (await payload.count({ collection: 'topics', overrideAccess: true })).totalDocs
}

const overviewText = (topic: Topic): string => JSON.stringify(topic.sections.find((section) => section.id === `medlineplus-${topic.importedFrom?.sourceId}`))

describe('MedlinePlus import: a first import', () => {
  it('refuses a truncated file, a file of another shape and a zip without its XML, changing nothing', async () => {
    const before = await topicCount()
    await expect(importMedlinePlusTopics({ payload, filePath: path.join(FIXTURES, 'truncated.xml') })).rejects.toThrow(
      /not well-formed XML.*\(line 33, column \d+\)/u,
    )
    await expect(importMedlinePlusTopics({ payload, filePath: path.join(FIXTURES, 'wrong-root.xml') })).rejects.toThrow(MedlinePlusFileError)
    const emptyZip = path.join(tmpDir, 'empty.zip')
    // An empty zip: just the end-of-central-directory record.
    fs.writeFileSync(emptyZip, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]))
    await expect(importMedlinePlusTopics({ payload, filePath: emptyZip })).rejects.toThrow(MedlinePlusFileError)
    expect(await topicCount()).toBe(before)
  })

  it('imports each English topic as a draft, with its Spanish text in es, provenance, sources and categories', async () => {
    const before = await topicCount()
    const progress: string[] = []
    const summary = await importMedlinePlusTopics({
      payload,
      filePath: path.join(FIXTURES, 'mplus_topics_2026-11-28.zip'),
      onProgress: ({ phase, done, total }) => progress.push(`${phase} ${done}/${total}`),
    })
    expect(summary).toMatchObject({
      fileDate: '2026-11-28',
      topics: counts({ created: 2 }),
      translations: counts({ created: 1 }),
      goneFromFile: 0,
      refusals: [],
    })
    expect(progress).toEqual(['English topics 0/2', 'English topics 1/2', 'English topics 2/2', 'Spanish translations 0/1', 'Spanish translations 1/1'])
    expect(await topicCount()).toBe(before + 2)

    const acne = await importedTopic('1993')
    expect(acne._status).toBe('draft')
    expect(acne.title).toBe('Acne')
    expect(acne.keywords).toEqual(['Acne', 'Pimples', 'Zits', 'Blackheads', 'Acne Vulgaris'])
    expect(acne.importedFrom).toMatchObject({ publisher: 'medlineplus', sourceId: '1993', sourceUrl: 'https://medlineplus.gov/acne.html', attention: null })
    expect(acne.importedFrom?.fileDate?.slice(0, 10)).toBe('2026-11-28')
    expect(acne.sources?.map((source) => source.url)).toEqual([
      'https://medlineplus.gov/acne.html',
      'https://medlineplus.gov/spanish/acne.html',
      'https://www.niams.nih.gov/health-topics/acne',
    ])
    expect(acne.sources?.[0]?.citation).toContain('Courtesy of MedlinePlus from the National Library of Medicine')
    expect(acne.categories?.map((category) => (typeof category === 'number' ? category : category.name))).toEqual(['Skin, Hair and Nails'])
    // The existing checks ran on the imported text: no warning-signs section, so the flag shows.
    expect(acne.qualityFlags).toContain('no-warning-signs')
    expect(acne.readingGrade).toEqual(expect.any(Number))
    expect(overviewText(acne)).toContain('Do not ')
    expect(overviewText(acne)).not.toMatch(/javascript:|mailto:/u)

    const acneEs = await importedTopic('1993', 'es')
    expect(acneEs.title).toBe('Acné')
    expect(acneEs.keywords).toEqual(['Acné', 'Granos'])
    expect(acneEs.translation).toMatchObject({
      status: 'imported',
      translatedBy: 'human',
      translatorName: 'MedlinePlus en español (U.S. National Library of Medicine)',
    })
    expect(acneEs.translation?.provenance).toMatch(/^Imported, needs review: MedlinePlus health topic 2216, file of 2026-11-28/u)
    expect(acneEs.qualityFlags).toContain('no-warning-signs')
    expect(overviewText(acneEs)).toContain('apriete')
    const category = await payload.find({ collection: 'categories', where: { slug: { equals: 'skin-hair-and-nails' } }, locale: 'es', overrideAccess: true })
    expect(category.docs[0]?.name).toBe('Piel, pelo y uñas')

    const bunionsEs = await importedTopic('3360', 'es')
    expect(bunionsEs.title ?? null).toBeNull()
    expect(bunionsEs.translation?.status ?? 'not-started').toBe('not-started')
  })

  it('keeps imported drafts from clinicians: nothing is published', async () => {
    const clinician = await createTestUser(payload, ['clinician'])
    const { docs } = await payload.find({
      collection: 'topics',
      where: { 'importedFrom.publisher': { equals: 'medlineplus' } },
      overrideAccess: false,
      user: clinician,
    })
    expect(docs).toEqual([])
  })

  it('lets no editor write the provenance', async () => {
    const acne = await importedTopic('1993')
    await payload.update({
      collection: 'topics',
      id: acne.id,
      draft: true,
      overrideAccess: false,
      user: editor,
      data: { importedFrom: { sourceId: 'forged', attention: null } },
    })
    expect((await importedTopic('1993')).importedFrom?.sourceId).toBe('1993')
    // The context flag is what opens it, for server code only.
    expect(IMPORT_CONTEXT).toBe('careleafContentImport')
  })
})

describe('MedlinePlus import: importing again', () => {
  it('leaves unchanged topics untouched', async () => {
    const acne = await importedTopic('1993')
    const versionsBefore = await versionCount(acne.id)
    const summary = await importMedlinePlusTopics({ payload, filePath: FIXTURE })
    expect(summary.topics).toEqual(counts({ unchanged: 2 }))
    expect(summary.translations).toEqual(counts({ unchanged: 1 }))
    expect(await versionCount(acne.id)).toBe(versionsBefore)
  })

  it('makes a changed summary a new draft version with a note of what changed, keeping the Spanish text', async () => {
    const acne = await importedTopic('1993')
    const versionsBefore = await versionCount(acne.id)
    const file = laterFile('2026-12-05', (xml) => xml.replace('is a common skin disease that causes pimples.', 'is a skin disease that causes spots.'))
    const summary = await importMedlinePlusTopics({ payload, filePath: file })
    expect(summary.topics).toEqual(counts({ updated: 1, unchanged: 1 }))
    expect(summary.translations).toEqual(counts({ unchanged: 1 }))
    expect(await versionCount(acne.id)).toBe(versionsBefore + 1)
    const updated = await importedTopic('1993')
    expect(updated._status).toBe('draft')
    expect(updated.summary).toMatch(/^Acne is a skin disease that causes spots\./u)
    expect(updated.importedFrom?.changeNote).toBe(
      'The MedlinePlus file of 2026-12-05 changed the summary, summary text section; the earlier text is in the version history.',
    )
    expect(updated.importedFrom?.fileDate?.slice(0, 10)).toBe('2026-12-05')
    expect(overviewText(await importedTopic('1993', 'es'))).toContain('apriete')
  })

  it('never overwrites a local edit: the topic keeps its text and is flagged', async () => {
    const bunions = await importedTopic('3360')
    await payload.update({
      collection: 'topics',
      id: bunions.id,
      draft: true,
      overrideAccess: false,
      user: editor,
      data: { summary: 'Our clinic’s own words about bunions.' },
    })
    const file = laterFile('2026-12-06', (xml) => xml.replace('A bunion is a bump on the joint', 'A bunion is a bony bump on the joint'))
    const summary = await importMedlinePlusTopics({ payload, filePath: file })
    expect(summary.topics).toEqual(counts({ flagged: 1, unchanged: 1 }))
    const kept = await importedTopic('3360')
    expect(kept.summary).toBe('Our clinic’s own words about bunions.')
    expect(overviewText(kept)).not.toContain('bony bump')
    expect(kept.importedFrom?.attention).toBe('source-changed-local-edits-kept')
    expect(kept.importedFrom?.changeNote).toMatch(
      /changed the summary, summary text section\. This topic was edited here since the last import, so its text was kept/u,
    )

    // The same file again: nothing new to say.
    expect((await importMedlinePlusTopics({ payload, filePath: file })).topics).toEqual(counts({ unchanged: 2 }))
  })

  it('flags topics gone from the file without deleting them, and reports entries it skips', async () => {
    const file = laterFile('2026-12-07', (xml) => xml.replace(/<health-topic meta-desc="Bunions[\s\S]*?<\/health-topic>\n/u, ''))
    const summary = await importMedlinePlusTopics({ payload, filePath: file })
    expect(summary.goneFromFile).toBe(1)
    expect(summary.topics).toEqual(counts({ unchanged: 1, flagged: 1 }))
    const gone = await importedTopic('3360')
    expect(gone.importedFrom?.attention).toBe('gone-from-source')
    expect(gone.importedFrom?.changeNote).toMatch(/^Not in the MedlinePlus file of 2026-12-07/u)
    // Flagged once: importing the same file again changes nothing.
    expect((await importMedlinePlusTopics({ payload, filePath: file })).goneFromFile).toBe(0)

    const skipped = await importMedlinePlusTopics({ payload, filePath: path.join(FIXTURES, 'missing-id.xml') })
    expect(skipped.refusals).toEqual([{ line: 3, id: null, reason: '<health-topic> lacks the required attribute id' }])
    expect(skipped.topics).toMatchObject({ created: 1, refused: 1 })
  })
})
