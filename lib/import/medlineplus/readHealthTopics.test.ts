import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import type { HealthTopicsEvent, MedlinePlusHealthTopic } from './healthTopic'
import { openHealthTopicsFile } from './openHealthTopicsFile'
import { MedlinePlusFileError, readHealthTopics, usDateToIso } from './readHealthTopics'

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/medlineplus')
const fixture = (name: string) => path.join(FIXTURES, name)

async function readAll(chunks: AsyncIterable<Buffer | string>): Promise<HealthTopicsEvent[]> {
  const events: HealthTopicsEvent[] = []
  for await (const event of readHealthTopics(chunks)) events.push(event)
  return events
}

const topicsOf = (events: HealthTopicsEvent[]): MedlinePlusHealthTopic[] => events.flatMap((event) => (event.kind === 'topic' ? [event.topic] : []))

async function readError(chunks: AsyncIterable<Buffer | string>): Promise<MedlinePlusFileError> {
  const error = await readAll(chunks).then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof MedlinePlusFileError)) throw new Error(`expected a MedlinePlusFileError, got ${String(error)}`)
  return error
}

describe('readHealthTopics', () => {
  it('yields the header, then each topic in the documented shape, entities decoded', async () => {
    // Tiny chunks split tags, entities and the two-byte "é" across writes.
    const events = await readAll(fs.createReadStream(fixture('mplus_topics_2026-11-28.xml'), { highWaterMark: 7 }))
    expect(events[0]).toEqual({ kind: 'header', header: { total: 3, dateGenerated: '2026-11-28' } })
    const [acne, acneEs, bunions] = topicsOf(events)
    expect(acne).toMatchObject({
      id: '1993',
      title: 'Acne',
      url: 'https://medlineplus.gov/acne.html',
      language: 'English',
      dateCreated: '10/22/2001',
      metaDesc: 'Acne is a common skin condition that causes pimples. Learn about risk factors & treatments.',
      alsoCalled: ['Pimples', 'Zits'],
      groups: [{ id: '36', url: 'https://medlineplus.gov/skinhairandnails.html', name: 'Skin, Hair and Nails' }],
      languageMappedTopic: { id: '2216', url: 'https://medlineplus.gov/spanish/acne.html', name: 'Acné', language: 'Spanish' },
      meshHeadings: [{ descriptor: { id: 'D000152', name: 'Acne Vulgaris' }, qualifiers: [] }],
      primaryInstitute: { name: 'National Institute of Arthritis and Musculoskeletal and Skin Diseases', url: 'https://www.niams.nih.gov/health-topics/acne' },
      relatedTopics: [{ id: '1311', url: 'https://medlineplus.gov/skinconditions.html', name: 'Skin Conditions' }],
      seeReferences: ['Blackheads'],
      sites: [
        {
          title: 'Acne (American Academy of Dermatology)',
          url: 'https://www.aad.org/public/diseases/acne',
          languageMappedUrl: 'https://www.aad.org/es/acne',
          informationCategories: ['Learn More'],
          organizations: ['American Academy of Dermatology'],
          standardDescriptions: ['Also in Spanish'],
        },
      ],
      otherLanguages: [{ language: 'Spanish', vernacularName: 'español', url: 'https://medlineplus.gov/languages/acne.html' }],
      line: 3,
    })
    // The summary is the HTML the file escapes, its own entities still HTML.
    expect(acne?.fullSummaryHtml).toContain('<p><a href="https://medlineplus.gov/ency/article/000873.htm">Acne</a> is')
    expect(acne?.fullSummaryHtml).toContain('clog up &amp; get <em>inflamed</em>')
    expect(acneEs).toMatchObject({ id: '2216', title: 'Acné', language: 'Spanish', languageMappedTopic: { id: '1993', language: 'English' } })
    expect(bunions).toMatchObject({ id: '3360', languageMappedTopic: null, alsoCalled: [], primaryInstitute: null })
    expect(bunions?.meshHeadings).toEqual([{ descriptor: { id: 'D006215', name: 'Hallux Valgus' }, qualifiers: [{ id: 'Q000601', name: 'surgery' }] }])
  })

  it('reads the zip NLM publishes by streaming its one XML entry', async () => {
    const fromZip = topicsOf(await readAll(await openHealthTopicsFile(fixture('mplus_topics_2026-11-28.zip'))))
    const fromXml = topicsOf(await readAll(await openHealthTopicsFile(fixture('mplus_topics_2026-11-28.xml'))))
    expect(fromZip.map((topic) => topic.id)).toEqual(['1993', '2216', '3360'])
    expect(fromZip).toEqual(fromXml)
  })

  it('reports an entry missing a required attribute with its line, and reads on', async () => {
    const events = await readAll(fs.createReadStream(fixture('missing-id.xml')))
    expect(events.filter((event) => event.kind === 'skipped')).toEqual([
      { kind: 'skipped', line: 3, id: null, reason: '<health-topic> lacks the required attribute id' },
    ])
    expect(topicsOf(events).map((topic) => topic.id)).toEqual(['4010'])
  })

  it('stops a truncated file with its line and column', async () => {
    const error = await readError(fs.createReadStream(fixture('truncated.xml')))
    expect(error.message).toMatch(/not well-formed XML/u)
    expect(error.line).toBe(33)
    expect(error.column).toBeGreaterThan(0)
    expect(error.message).toContain(`(line ${error.line}, column ${error.column})`)
  })

  it('refuses a file of another shape at its first element', async () => {
    const error = await readError(fs.createReadStream(fixture('wrong-root.xml')))
    expect(error.message).toMatch(/^Not a MedlinePlus health-topics file: its first element is <xliff>/u)
    expect(error.line).toBe(2)
  })

  it('refuses malformed XML, an element other than health-topic, and an empty file', async () => {
    const broken = await readError(Readable.from(['<health-topics>\n<health-topic id="1" title="A" url="u" language="English">x</health-topics>']))
    expect(broken.message).toMatch(/not well-formed XML/u)
    expect(broken.line).toBe(2)
    const foreign = await readError(Readable.from(['<health-topics><group id="1">x</group></health-topics>']))
    expect(foreign.message).toMatch(/Unexpected <group> in <health-topics>/u)
    const empty = await readError(Readable.from(['']))
    expect(empty.message).toMatch(/The file is empty/u)
  })

  it('never expands entities a DOCTYPE declares', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE health-topics [<!ENTITY boom "BOOM">]><health-topics><health-topic id="1" title="&boom;" url="u" language="English"/></health-topics>'
    const error = await readError(Readable.from([xml]))
    expect(error.message).toMatch(/not well-formed XML/u)
  })
})

describe('usDateToIso', () => {
  it('reads the DTD’s mm/dd/yyyy dates and refuses anything else', () => {
    expect(usDateToIso('04/02/2012 12:10:06')).toBe('2012-04-02')
    expect(usDateToIso('1/7/2003')).toBe('2003-01-07')
    expect(usDateToIso('2012-04-02')).toBeNull()
    expect(usDateToIso('')).toBeNull()
  })
})
