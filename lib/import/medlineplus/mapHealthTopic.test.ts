import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { richTextToPlainText } from '@/lib/content/lexical'

import type { MedlinePlusHealthTopic } from './healthTopic'
import { changedParts, importedTextHashes, mapEnglishTopic, mapSpanishTopic, NLM_ATTRIBUTION } from './mapHealthTopic'
import { readHealthTopics } from './readHealthTopics'

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/medlineplus/mplus_topics_2026-11-28.xml')

async function fixtureTopics(): Promise<MedlinePlusHealthTopic[]> {
  const topics: MedlinePlusHealthTopic[] = []
  for await (const event of readHealthTopics(fs.createReadStream(FIXTURE))) if (event.kind === 'topic') topics.push(event.topic)
  return topics
}

describe('mapEnglishTopic', () => {
  it('maps title, also-called, see-references and MeSH to keywords; the summary to one text section; groups and sources', async () => {
    const [acne] = await fixtureTopics()
    const result = mapEnglishTopic(acne as MedlinePlusHealthTopic, '2026-11-28')
    if (!result.ok) throw new Error(result.reason)
    const mapped = result.value
    expect(mapped.sourceId).toBe('1993')
    expect(mapped.spanishId).toBe('2216')
    expect(mapped.text.title).toBe('Acne')
    expect(mapped.text.keywords).toEqual(['Acne', 'Pimples', 'Zits', 'Blackheads', 'Acne Vulgaris'])
    expect(mapped.text.summary).toBe(
      'Acne is a common skin disease that causes pimples. Pimples form when hair follicles under your skin clog up & get inflamed.',
    )
    expect(mapped.text.sectionHeading).toBe('Overview')
    const text = richTextToPlainText(mapped.text.sectionBody)
    expect(text).toContain('Who gets acne?')
    expect(text).toContain('Avoid touching your face:\nDo not squeeze pimples\nWash your hands often')
    // The javascript: and mailto: links read as text; http(s) ones stay links.
    expect(JSON.stringify(mapped.text.sectionBody)).not.toMatch(/javascript:|mailto:/u)
    expect(text).toContain('Ask your doctor or write to us — see NIAMS.')
    expect(mapped.categories).toEqual([{ sourceId: '36', name: 'Skin, Hair and Nails' }])
    expect(mapped.sources).toEqual([
      {
        citation: `MedlinePlus: Acne. National Library of Medicine (US). ${NLM_ATTRIBUTION}.`,
        url: 'https://medlineplus.gov/acne.html',
        accessedAt: '2026-11-28',
      },
      {
        citation: `MedlinePlus en español: Acné. Biblioteca Nacional de Medicina de los EE. UU. ${NLM_ATTRIBUTION}.`,
        url: 'https://medlineplus.gov/spanish/acne.html',
        accessedAt: '2026-11-28',
      },
      {
        citation: 'National Institute of Arthritis and Musculoskeletal and Skin Diseases (primary NIH institute for this topic)',
        url: 'https://www.niams.nih.gov/health-topics/acne',
        accessedAt: '2026-11-28',
      },
    ])
  })

  it('maps a topic with no Spanish counterpart and no primary institute', async () => {
    const [, , bunions] = await fixtureTopics()
    const result = mapEnglishTopic(bunions as MedlinePlusHealthTopic, '2026-11-28')
    if (!result.ok) throw new Error(result.reason)
    expect(result.value.spanishId).toBeNull()
    expect(result.value.sources).toHaveLength(1)
    expect(result.value.text.keywords).toEqual(['Bunions', 'Hallux Valgus'])
  })

  it('refuses a topic whose summary has no text', async () => {
    const [acne] = await fixtureTopics()
    expect(mapEnglishTopic({ ...(acne as MedlinePlusHealthTopic), fullSummaryHtml: '<p> </p>' }, '2026-11-28')).toEqual({
      ok: false,
      reason: 'its full-summary has no text',
    })
  })
})

describe('mapSpanishTopic', () => {
  it('gives the es text and the English topic it belongs to, without English MeSH terms', async () => {
    const [, acneEs] = await fixtureTopics()
    const result = mapSpanishTopic(acneEs as MedlinePlusHealthTopic)
    if (!result.ok) throw new Error(result.reason)
    expect(result.value).toMatchObject({ sourceId: '2216', englishId: '1993', categories: [{ sourceId: '36', name: 'Piel, pelo y uñas' }] })
    expect(result.value.text.keywords).toEqual(['Acné', 'Granos'])
    expect(result.value.text.sectionHeading).toBe('Información general')
    expect(richTextToPlainText(result.value.text.sectionBody)).toContain('No se apriete los granos')
  })
})

describe('importedTextHashes', () => {
  it('names the parts that changed, and ignores what Payload adds to stored rich text', async () => {
    const [acne] = await fixtureTopics()
    const result = mapEnglishTopic(acne as MedlinePlusHealthTopic, '2026-11-28')
    if (!result.ok) throw new Error(result.reason)
    const text = result.value.text
    const stored = JSON.parse(JSON.stringify(text.sectionBody).replaceAll('"version":1', '"version":1,"id":"x"')) as unknown
    expect(changedParts(importedTextHashes(text), importedTextHashes({ ...text, sectionBody: stored }))).toEqual([])
    expect(changedParts(importedTextHashes(text), importedTextHashes({ ...text, summary: 'Other.', keywords: ['Acne'] }))).toEqual([
      'summary',
      'keywords and synonyms',
    ])
  })
})
