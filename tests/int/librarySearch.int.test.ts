import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/fields/slugField'
import type { PortalUser } from '@/lib/auth/portalUser'
import { LIBRARY_PAGE_SIZE } from '@/lib/topics/libraryPaging'
import { searchLibrary } from '@/lib/topics/searchLibrary'
import { searchTopics } from '@/lib/topics/searchTopics'
import { approveTranslation } from '@/lib/translation/approveTranslation'
import type { Topic } from '@/payload-types'

import { createTestUser, getTestPayload } from './testPayload'
import { topicTextBody } from '../support/topicTextBody'

let payload: Payload
let clinician: PortalUser
/** A word only this file's topics carry, so the counts below are this file's alone. */
const marker = `zq${crypto.randomBytes(4).toString('hex')}`
let categoryId: number
let coded: { parent: Topic; child: Topic; grandchild: Topic; sibling: Topic }

type TopicData = Omit<Topic, 'id' | 'createdAt' | 'updatedAt'>

/**
 * What else a topic needs to publish with nothing to flag as the topic model
 * grows: a main message, a finished PEMAT-P rating (every applicable item
 * agreed) and tiered warning signs. Payload ignores a field the model does
 * not have, so these are harmless where it lacks them.
 */
const COMPLETE_TOPIC_EXTRAS = {
  mainMessage: 'Rest, move gently and call if it gets worse.',
  pemat: {
    answers: Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26].map((item) => [`${item}`, { answer: 'agree' }]),
    ),
  },
} as Record<string, unknown>
const warningSigns = (texts: string[]) => ({
  blockType: 'warningSigns' as const,
  heading: 'When to get help now',
  signs: texts.map((text) => ({ text, ...({ tier: 'emergency' } as Record<string, unknown>) })),
})

/** A published topic with nothing to flag, tagged with the marker word and, optionally, codes. */
async function publishedTopic(title: string, codes: Array<{ code: string; display: string }> = []): Promise<Topic> {
  return payload.create({
    collection: 'topics',
    overrideAccess: true,
    data: {
      title,
      slug: slugify(`${title}-${crypto.randomBytes(3).toString('hex')}`),
      summary: `A short guide (${marker}).`,
      categories: [categoryId],
      keywords: [marker],
      codes: codes.map((entry) => ({ system: 'icd10cm' as const, ...entry })),
      sections: [
        { blockType: 'text', heading: 'Rest', body: topicTextBody('Rest for a day or two. Then walk a little more each day.') },
        warningSigns(['Chest pain']),
      ],
      sources: [{ citation: 'NHS. Back pain.', url: 'https://www.nhs.uk/conditions/back-pain/' }],
      _status: 'published',
      ...COMPLETE_TOPIC_EXTRAS,
    } as TopicData,
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  clinician = await createTestUser(payload, ['clinician'])
  const category = await payload.create({
    collection: 'categories',
    overrideAccess: true,
    data: { name: `Paging ${marker}`, slug: `paging-${marker}`, kind: 'specialty' },
  })
  categoryId = category.id
  // Codes in a category no real topic uses (V9x is transport accidents), so other tests' topics never match.
  coded = {
    parent: await publishedTopic(`Coded parent ${marker}`, [{ code: 'V97', display: 'Air transport accident' }]),
    child: await publishedTopic(`Coded child ${marker}`, [{ code: 'V97.3', display: 'Person injured by aircraft' }]),
    grandchild: await publishedTopic(`Coded grandchild ${marker}`, [{ code: 'V97.33XA', display: 'Sucked into jet engine' }]),
    sibling: await publishedTopic(`Coded sibling ${marker}`, [{ code: 'V98.0', display: 'Cable car accident' }]),
  }
  // 4 coded + 27 plain = 31 topics in the category: two pages, the second with 6.
  for (let index = 0; index < 27; index++) await publishedTopic(`Paged topic ${String(index).padStart(2, '0')} ${marker}`)
}, 240_000)

const ids = (topics: Array<{ id: number }>) => topics.map((topic) => topic.id)

describe('library search: a code finds its children', () => {
  it('finds the topics coded with a category and every code under it, exact code first, whatever the spelling', async () => {
    for (const query of ['V97', 'v97', 'V97.', ' v97 ']) {
      const { topics, total } = await searchTopics({ payload, user: clinician, query })
      expect(total, query).toBe(3)
      expect(ids(topics), query).toEqual([coded.parent.id, coded.child.id, coded.grandchild.id])
    }
  })

  it('narrows to a code and its own children, and a code typed without the dot still matches', async () => {
    for (const query of ['V97.3', 'v973', 'V97.3.']) {
      const { topics } = await searchTopics({ payload, user: clinician, query })
      expect(ids(topics), query).toEqual([coded.child.id, coded.grandchild.id])
    }
    expect(ids((await searchTopics({ payload, user: clinician, query: 'V97.33XA' })).topics)).toEqual([coded.grandchild.id])
    expect(ids((await searchTopics({ payload, user: clinician, query: 'V98' })).topics)).toEqual([coded.sibling.id])
  })

  it('searches a code-shaped word that no topic is coded with as a word ("B12", "X9Z")', async () => {
    const word = `X${crypto.randomInt(10)}Z`
    const topic = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      data: {
        title: `Taking ${word} tablets`,
        slug: `taking-${word.toLowerCase()}-${crypto.randomBytes(3).toString('hex')}`,
        summary: 'How to take them.',
        sections: [{ blockType: 'text', heading: 'Taking them', body: topicTextBody('Take one tablet a day with food.') }, warningSigns(['A rash'])],
        sources: [{ citation: 'NHS. Medicines.', url: 'https://www.nhs.uk/medicines/' }],
        _status: 'published',
        ...COMPLETE_TOPIC_EXTRAS,
      } as TopicData,
    })
    expect(ids((await searchTopics({ payload, user: clinician, query: word.toLowerCase() })).topics)).toContain(topic.id)
  })

  it('does not read a partial category or a typed wildcard as a code prefix', async () => {
    expect((await searchTopics({ payload, user: clinician, query: 'V9' })).total).toBe(0)
    // "V97%" is a word search for "V97": the topic coded V97 itself, not its children.
    expect(ids((await searchTopics({ payload, user: clinician, query: 'V97%' })).topics)).toEqual([coded.parent.id])
  })
})

/**
 * Words made for one test: letters and digits, which PostgreSQL neither stems nor drops in English or Spanish, so
 * each matches only this run's topics.
 */
const uniqueWord = () => `rk${crypto.randomBytes(4).toString('hex')}9`

/** A published topic outside the paging category, with its own title and body text. */
async function rankedTopic(title: string, body: string): Promise<Topic> {
  return payload.create({
    collection: 'topics',
    overrideAccess: true,
    data: {
      title,
      slug: slugify(`${title}-${crypto.randomBytes(3).toString('hex')}`),
      summary: 'A short guide.',
      sections: [{ blockType: 'text', heading: 'At home', body: topicTextBody(body) }, warningSigns(['Chest pain'])],
      sources: [{ citation: 'NHS. Back pain.', url: 'https://www.nhs.uk/conditions/back-pain/' }],
      _status: 'published',
      ...COMPLETE_TOPIC_EXTRAS,
    } as TopicData,
  })
}

describe('library search: ranking words', () => {
  it('ranks a title match above a body that repeats the word many times', async () => {
    const word = uniqueWord()
    // "Aardvark" sorts first: only the ranking can put the title match ahead of it.
    const bodyOnly = await rankedTopic(`Aardvark care ${uniqueWord()}`, Array.from({ length: 8 }, () => `Say ${word} again.`).join(' '))
    const inTitle = await rankedTopic(`Zebra ${word}`, 'Rest for a day or two.')
    const { topics, total } = await searchTopics({ payload, user: clinician, query: word })
    expect(total).toBe(2)
    expect(ids(topics)).toEqual([inTitle.id, bodyOnly.id])
  })

  it('ranks a title with one of the words above a body with all of them, and a title with both above either', async () => {
    const [first, second] = [uniqueWord(), uniqueWord()]
    const bodyOnly = await rankedTopic(`Aardvark care ${uniqueWord()}`, `Both ${first} and ${second} are here.`)
    const oneInTitle = await rankedTopic(`Yak ${first}`, `Then ${second}.`)
    const bothInTitle = await rankedTopic(`Zebra ${second} ${first}`, 'Rest for a day or two.')
    const { topics } = await searchTopics({ payload, user: clinician, query: `${first} ${second}` })
    expect(ids(topics)).toEqual([bothInTitle.id, oneInTitle.id, bodyOnly.id])
  })

  it('finds and ranks an approved Spanish title, and never a draft translation', async () => {
    const editor = await createTestUser(payload, ['editor'])
    const reviewer = await createTestUser(payload, ['reviewer'])
    const [approvedWord, draftWord] = [uniqueWord(), uniqueWord()]
    const translate = async (topic: Topic, word: string, approve: boolean) => {
      const [atHome, warning] = topic.sections
      // Saved as published, so the draft's words are in the topic's own row (trackTranslationStatus marks it a draft), as after
      // an approved translation is edited and published again: the search must still leave them out.
      await payload.update({
        collection: 'topics',
        id: topic.id,
        locale: 'es',
        ...(approve ? { draft: true, user: editor, overrideAccess: false } : { overrideAccess: true }),
        data: {
          title: `Cuidado ${word}`,
          summary: 'Una guía breve.',
          mainMessage: 'Descanse y llame si empeora.',
          translation: { translatedBy: 'human' },
          sections: [
            { ...atHome!, heading: 'En casa', body: topicTextBody('Descanse un día o dos.') },
            { ...warning!, heading: 'Cuándo pedir ayuda de inmediato', signs: [{ ...(warning as { signs: object[] }).signs[0]!, text: 'Dolor de pecho' }] },
          ] as Topic['sections'],
        },
      })
      if (approve) await approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'es', sideBySideReviewed: false })
    }
    const approved = await rankedTopic(`Zebra ${uniqueWord()}`, 'Rest for a day or two.')
    await translate(approved, approvedWord, true)
    const draft = await rankedTopic(`Zebra ${uniqueWord()}`, 'Rest for a day or two.')
    await translate(draft, draftWord, false)
    // The English body has the approved word too, so the Spanish title is what ranks it first.
    const englishBody = await rankedTopic(`Aardvark care ${uniqueWord()}`, `Also ${approvedWord}.`)

    expect(ids((await searchTopics({ payload, user: clinician, query: approvedWord })).topics)).toEqual([approved.id, englishBody.id])
    expect((await searchTopics({ payload, user: clinician, query: draftWord })).total).toBe(0)
  })
})

describe('library paging', () => {
  it(`pages a search ${LIBRARY_PAGE_SIZE} at a time, every topic exactly once, with the total`, async () => {
    const first = await searchTopics({ payload, user: clinician, query: marker, page: 1 })
    const second = await searchTopics({ payload, user: clinician, query: marker, page: 2 })
    expect(first).toMatchObject({ total: 31, page: 1, pageCount: 2, pageSize: LIBRARY_PAGE_SIZE })
    expect(first.topics).toHaveLength(LIBRARY_PAGE_SIZE)
    expect(second.topics).toHaveLength(6)
    expect(new Set([...ids(first.topics), ...ids(second.topics)]).size).toBe(31)
    const third = await searchTopics({ payload, user: clinician, query: marker, page: 3 })
    expect(third).toMatchObject({ topics: [], total: 31, page: 3, pageCount: 2 })
  })

  it('pages a search whose ranked topics end mid-page: title hits first by rank, then the rest by title, each once', async () => {
    const word = uniqueWord()
    // Three ranked (two words in the title outrank one), three body-only (rank 0, by title), in no helpful creation order.
    const bodyOnlyB = await rankedTopic(`Beaver ${uniqueWord()}`, `About ${word} here.`)
    const oneInTitleZ = await rankedTopic(`Zebra ${word}`, 'Rest for a day or two.')
    const bodyOnlyA = await rankedTopic(`Aardvark ${uniqueWord()}`, `About ${word} here.`)
    const twiceInTitle = await rankedTopic(`Yak ${word} and ${word}`, 'Rest for a day or two.')
    const oneInTitleM = await rankedTopic(`Moose ${word}`, 'Rest for a day or two.')
    const bodyOnlyC = await rankedTopic(`Cougar ${uniqueWord()}`, `About ${word} here.`)
    const expected = [twiceInTitle, oneInTitleM, oneInTitleZ, bodyOnlyA, bodyOnlyB, bodyOnlyC].map((topic) => topic.id)

    for (const pageSize of [1, 2, 4, 5, 25]) {
      const pages = []
      for (let page = 1; page <= Math.ceil(expected.length / pageSize); page++) {
        const result = await searchTopics({ payload, user: clinician, query: word, page, pageSize })
        expect(result.total, `page ${page} of ${pageSize}`).toBe(expected.length)
        pages.push(...ids(result.topics))
      }
      expect(pages, `${pageSize} a page`).toEqual(expected)
    }
    // Past the last page: the total, no topics.
    expect(await searchTopics({ payload, user: clinician, query: word, page: 3, pageSize: 4 })).toMatchObject({ topics: [], total: 6 })
  })

  it('narrows a word search to a category, in the count, the ranked topics and the rest', async () => {
    const word = uniqueWord()
    const inTitle = await rankedTopic(`Zebra ${word}`, 'Rest for a day or two.')
    const bodyOnly = await rankedTopic(`Aardvark ${uniqueWord()}`, `About ${word} here.`)
    await rankedTopic(`Moose ${word}`, 'Rest for a day or two.')
    await rankedTopic(`Beaver ${uniqueWord()}`, `About ${word} here.`)
    // Its own category: the paging category's count is other tests' to check.
    const category = await payload.create({
      collection: 'categories',
      overrideAccess: true,
      data: { name: `Words ${word}`, slug: `words-${word}`, kind: 'specialty' },
    })
    for (const topic of [inTitle, bodyOnly])
      await payload.update({ collection: 'topics', id: topic.id, overrideAccess: true, data: { categories: [category.id] } })
    const narrowed = await searchTopics({ payload, user: clinician, query: word, categoryId: category.id })
    expect(narrowed.total).toBe(2)
    expect(ids(narrowed.topics)).toEqual([inTitle.id, bodyOnly.id])
    expect((await searchTopics({ payload, user: clinician, query: word })).total).toBe(4)
  })

  it('pages a category browsed without a search, by title', async () => {
    const first = await searchTopics({ payload, user: clinician, categoryId, page: 1 })
    const second = await searchTopics({ payload, user: clinician, categoryId, page: 2 })
    expect(first.total).toBe(31)
    const titles = [...first.topics, ...second.topics].map((topic) => topic.title)
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(titles).toHaveLength(31)
  })

  it('reads only what a row shows', async () => {
    const { topics } = await searchTopics({ payload, user: clinician, query: 'V97.3' })
    expect(Object.keys(topics[0]!).sort()).toEqual(['codes', 'id', 'reviewDueAt', 'slug', 'summary', 'title'])
  })

  it('leaves drafts out of the count as well as the page', async () => {
    await payload.create({
      collection: 'topics',
      overrideAccess: true,
      draft: true,
      data: { title: `Draft ${marker}`, slug: `draft-${marker}`, summary: `Draft (${marker}).`, keywords: [marker], sections: [], _status: 'draft' },
    })
    expect((await searchTopics({ payload, user: clinician, query: marker })).total).toBe(31)
  })
})

describe('library addresses typed by hand', () => {
  const library = (params: Record<string, string | string[]>) => searchLibrary({ payload, user: clinician, params })

  it.each(['-1', 'abc', '0', '2.5', '99999999999999999999', '1 OR 1=1'])('?page=%s shows page 1 and says why', async (page) => {
    const view = await library({ q: marker, page })
    expect(view.results.page).toBe(1)
    expect(view.results.topics).toHaveLength(LIBRARY_PAGE_SIZE)
    expect(view.pageProblem?.message).toBe('That page number was not a whole number from 1 up, so this is page 1.')
  })

  it('?page=99999 says there is no such page and links to the last one, keeping the search', async () => {
    const view = await library({ q: marker, category: String(categoryId), page: '99999' })
    expect(view.results).toMatchObject({ topics: [], total: 31, page: 99999, pageCount: 2 })
    expect(view.pageProblem).toEqual({
      message: 'There is no page 99999: these results fill 2 pages.',
      href: `/library?q=${marker}&category=${categoryId}&page=2`,
      linkText: 'Go to the last page (2)',
    })
  })

  it('a valid page, repeated or odd parameters and a bad category never throw', async () => {
    const view = await library({ q: marker, page: '2' })
    expect(view).toMatchObject({ query: marker, pageProblem: null })
    expect(view.results.topics).toHaveLength(6)
    await expect(library({ q: [marker, 'x'], page: ['2', '1'] })).resolves.toMatchObject({ query: marker, results: { page: 2 } })
    await expect(library({ category: 'x', page: '' })).resolves.toMatchObject({ categoryId: null, pageProblem: null })
    await expect(library({ category: '99999999999999' })).resolves.toMatchObject({ categoryId: null })
    await expect(library({ q: `${marker}\u0000`, page: '2' })).resolves.toMatchObject({ query: marker, results: { page: 2, total: 31 } })
    await expect(library({ q: 'nothing-matches-this-zzz', page: '3' })).resolves.toMatchObject({ results: { total: 0, topics: [] }, pageProblem: null })
  })
})
