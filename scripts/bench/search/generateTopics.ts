import crypto from 'node:crypto'

import type { FlattenedField, Payload } from 'payload'

import type { TopicSection } from '../../../blocks'
import { paragraphsToRichText } from '../../../lib/content/lexical'
import { topicSearchText } from '../../../lib/topics/topicSearchText'

/**
 * A large library for bench:search: `count` published topics, each with
 * 4-7 text sections and a "When to get help now" section, 1-3 ICD-10-CM
 * codes, 1-2 categories and keywords, built from small word lists so word
 * searches match anything from a handful to thousands of topics, as in a
 * real library. Deterministic (a seeded generator), so runs compare.
 *
 * Written with `payload.db.create`: the same tables and rows the app writes,
 * without the per-save hooks (readability, versions, audit), which would
 * take the better part of an hour for 10,000 topics and do not change what
 * the library reads. The search text is computed by the same function the
 * save hook uses (topicSearchText).
 */

const REGIONS = ['back', 'neck', 'knee', 'shoulder', 'hip', 'ankle', 'wrist', 'elbow', 'head', 'chest', 'foot', 'hand', 'jaw', 'abdomen', 'skin']
const CONDITIONS = [
  'pain',
  'strain',
  'sprain',
  'stiffness',
  'swelling',
  'arthritis',
  'tendinitis',
  'bursitis',
  'fracture',
  'numbness',
  'cramps',
  'weakness',
  'rash',
  'infection',
  'injury',
]
const CONTEXTS = [
  'during sleep',
  'after surgery',
  'in children',
  'at work',
  'when running',
  'in pregnancy',
  'in older adults',
  'after a fall',
  'at night',
  'after sport',
  'while travelling',
  'in winter',
]
const ADVICE = [
  'Rest for a day or two, then walk a little more each day.',
  'Put a cold pack wrapped in a towel on the area for 15 minutes.',
  'Take the pain medicine your care team suggested, as the label says.',
  'Keep moving gently: staying in bed for long makes stiffness worse.',
  'Sleep on your side with a pillow between your knees.',
  'Do the exercises twice a day, slowly, and stop if the pain gets sharp.',
  'Drink plenty of water and eat regular meals.',
  'Wear shoes with a low heel and good support.',
  'Sit with your back supported and your feet flat on the floor.',
  'Warm up before sport and cool down after it.',
  'Ask someone to help you lift anything heavy for the next few weeks.',
  'Write down when the symptoms start, so you can tell your doctor.',
]
const WARNING_SIGNS = ['Chest pain or trouble breathing', 'A high fever', 'Numbness in both legs', 'Loss of bladder or bowel control', 'Sudden severe pain']
const SECTION_HEADINGS = ['What is happening', 'What you can do at home', 'Exercises', 'Sleep and rest', 'Work and activity', 'Medicines', 'Recovery']
/** ICD-10-CM categories with real subcodes, so a category search ("M54") finds many topics and a full code a few. */
const ICD10_CATEGORIES = [
  'M54',
  'M25',
  'M79',
  'M62',
  'M75',
  'M76',
  'M77',
  'S13',
  'S33',
  'S43',
  'S63',
  'S83',
  'S93',
  'G43',
  'G44',
  'G56',
  'R51',
  'R52',
  'L20',
  'L30',
]

/** Block and array row ids: Payload's hooks assign these on a normal save (an ObjectId-like hex string); db.create does not. */
const rowId = () => crypto.randomBytes(12).toString('hex')

/** mulberry32: a tiny seeded generator, so every run builds the same library. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The adapter's `create` writes what Payload's operations hand it, where a
 * localized field holds one value per locale (`{ en: … }`): the generator
 * skips the operations (their hooks would take minutes per thousand topics),
 * so it wraps each localized value, in blocks, arrays and groups too.
 */
function asEnglishLocaleData(fields: FlattenedField[], data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data }
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined) continue
    if ('localized' in field && field.localized) {
      out[field.name] = { en: value }
    } else if (field.type === 'array' && Array.isArray(value)) {
      out[field.name] = value.map((row: Record<string, unknown>) => asEnglishLocaleData(field.flattenedFields, row))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      out[field.name] = value.map((row: Record<string, unknown>) => {
        const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
        return block ? asEnglishLocaleData(block.flattenedFields, row) : row
      })
    } else if ((field.type === 'group' || field.type === 'tab') && value !== null && typeof value === 'object') {
      out[field.name] = asEnglishLocaleData(field.flattenedFields, value as Record<string, unknown>)
    }
  }
  return out
}

export interface GeneratedLibrary {
  topics: number
  sections: number
  codes: number
  /** A few of the generated slugs, for the builder figure. */
  sampleSlugs: string[]
}

export async function generateTopics({
  payload,
  count,
  categoryIds,
  concurrency = 4,
  onProgress,
}: {
  payload: Payload
  count: number
  categoryIds: number[]
  concurrency?: number
  onProgress?: (done: number) => void
}): Promise<GeneratedLibrary> {
  const random = seededRandom(20261130)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const totals = { sections: 0, codes: 0 }
  const sampleSlugs: string[] = []

  const makeTopic = (index: number) => {
    const region = pick(REGIONS)
    const condition = pick(CONDITIONS)
    const context = pick(CONTEXTS)
    const title = `${region[0]!.toUpperCase()}${region.slice(1)} ${condition} ${context} (${index + 1})`
    const codes = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const category = pick(ICD10_CATEGORIES)
      const code = random() < 0.2 ? category : `${category}.${Math.floor(random() * 10)}${random() < 0.3 ? Math.floor(random() * 10) : ''}`
      return { id: rowId(), system: 'icd10cm' as const, code, display: `${region} ${condition}` }
    })
    const sections: TopicSection[] = [
      ...Array.from({ length: 4 + Math.floor(random() * 4) }, (_, sectionIndex) => ({
        id: rowId(),
        blockType: 'text' as const,
        heading: SECTION_HEADINGS[sectionIndex % SECTION_HEADINGS.length]!,
        body: paragraphsToRichText(
          Array.from({ length: 2 + Math.floor(random() * 3) }, () => `${pick(ADVICE)} ${pick(ADVICE)} This helps ${region} ${condition} ${context}.`),
        ) as never,
      })),
      {
        id: rowId(),
        blockType: 'warningSigns' as const,
        heading: 'When to get help now',
        signs: WARNING_SIGNS.slice(0, 2 + Math.floor(random() * 3)).map((text) => ({ id: rowId(), text })),
      },
    ]
    const keywords = [`${region} ${condition}`, `${condition} ${context}`]
    const categories = [...new Set([pick(categoryIds), pick(categoryIds)])].slice(0, 1 + Math.floor(random() * 2))
    totals.sections += sections.length
    totals.codes += codes.length
    const slug = `bench-${region}-${condition}-${index + 1}`
    if (sampleSlugs.length < 10) sampleSlugs.push(slug)
    return {
      title,
      slug,
      summary: `How to ease ${region} ${condition} ${context}, and when to get help.`,
      sections,
      codes,
      keywords,
      categories,
      audience: ['adult' as const],
      searchText: topicSearchText({ keywords, codes, sections }),
      reviewedAt: new Date().toISOString(),
      reviewDueAt: new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString(),
      _status: 'published' as const,
    }
  }

  // Built in order (the generator is sequential), written a few at a time.
  const topics = Array.from({ length: count }, (_, index) => makeTopic(index))
  let next = 0
  let done = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < topics.length) {
        const data = topics[next++]!
        await payload.db.create({ collection: 'topics', data: asEnglishLocaleData(payload.collections.topics.config.flattenedFields, data) })
        done++
        if (done % 1000 === 0) onProgress?.(done)
      }
    }),
  )
  return { topics: count, sections: totals.sections, codes: totals.codes, sampleSlugs }
}
