import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/lib/content/lexical'
import { findTopicsToAdd, TOPICS_TO_ADD_LIMIT } from '@/lib/handouts/findTopicsToAdd'
import type { TextSectionBlock } from '@/payload-types'

import { createPublishedTopic, createTestUser, getTestPayload } from './testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const FILLERS = 501

describe('adding a topic in the builder', () => {
  it(`finds any published topic by search, even with over 500 titles before it (the list of titles stopped at 500)`, async () => {
    const suffix = crypto.randomBytes(3).toString('hex')
    // Written straight to the tables, without the per-save hooks: 501 published topics whose titles sort before the
    // one wanted, their localized fields given per locale as the database adapter takes them.
    const fillers = Array.from({ length: FILLERS }, (_, index) => ({
      title: { en: `Zz filler ${suffix} ${String(index).padStart(3, '0')}` },
      slug: `zz-filler-${suffix}-${index}`,
      summary: { en: `Filler topic ${suffix}.` },
      sections: [],
      _status: 'published',
    }))
    for (let start = 0; start < fillers.length; start += 50) {
      await Promise.all(fillers.slice(start, start + 50).map((data) => payload.db.create({ collection: 'topics', data })))
    }
    const reviewer = await createTestUser(payload, ['reviewer'])
    const wanted = await createPublishedTopic(payload, reviewer, {
      title: `Zzz wrist splint ${suffix}`,
      slug: `zzz-wrist-splint-${suffix}`,
      summary: 'Wearing a wrist splint at night.',
      mainMessage: 'Wear the splint every night for six weeks.',
      sections: [{ blockType: 'text', heading: 'At night', body: paragraphsToRichText(['Wear the splint while you sleep.']) as TextSectionBlock['body'] }],
    })
    const clinician = await createTestUser(payload, ['clinician'])

    const found = await findTopicsToAdd({ payload, user: clinician, query: `wrist splint ${suffix}` })
    expect(found).toEqual({ topics: [{ id: wanted.id, title: wanted.title }], total: 1 })

    // A broad search: the best few, and how many there are, so the builder can ask for another word.
    const broad = await findTopicsToAdd({ payload, user: clinician, query: suffix })
    expect(broad.total).toBe(FILLERS + 1)
    expect(broad.topics).toHaveLength(TOPICS_TO_ADD_LIMIT)

    expect(await findTopicsToAdd({ payload, user: clinician, query: '   ' })).toEqual({ topics: [], total: 0 })
  })

  it('offers only published topics', async () => {
    const suffix = crypto.randomBytes(3).toString('hex')
    const editor = await createTestUser(payload, ['editor'])
    await payload.create({
      collection: 'topics',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: `Draft ankle brace ${suffix}`, slug: `draft-ankle-brace-${suffix}`, summary: 'Not yet reviewed.', sections: [], _status: 'draft' },
    })
    const clinician = await createTestUser(payload, ['clinician'])
    expect(await findTopicsToAdd({ payload, user: clinician, query: `ankle brace ${suffix}` })).toEqual({ topics: [], total: 0 })
  })
})
