import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/fields/slugField'
import type { PortalUser } from '@/lib/auth/portalUser'
import { paragraphsToRichText } from '@/lib/content/lexical'
import { topicTranslationUnits } from '@/lib/translation/topicTranslationUnits'
import { exportTopicTranslation, importTopicTranslation } from '@/lib/translation/topicXliff'
import type { InlineText, TranslationUnit } from '@/lib/translation/translationUnit'
import { TranslationWorkflowError } from '@/lib/translation/translationWorkflowError'
import { exportTopicXliff } from '@/lib/translation/xliffExchange'
import type { Topic } from '@/payload-types'

import { AGREED_PEMAT_RATING, createTestUser, getTestPayload } from './testPayload'
import type { TopicTextBody } from '../support/topicTextBody'

let payload: Payload
let editor: PortalUser
let clinician: PortalUser

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createTestUser(payload, ['editor'], 'Ed Xliff')
  clinician = await createTestUser(payload, ['clinician'])
})

/** A published topic with bold text, a link, tiered signs with a reason, and keywords. */
async function topicToTranslate(): Promise<Topic> {
  const title = `Wrist care ${crypto.randomBytes(4).toString('hex')}`
  const body = paragraphsToRichText(['Rest your wrist. Then move it gently.']) as unknown as { root: { children: Array<{ children: unknown[] }> } }
  body.root.children[0]!.children = [
    { type: 'text', text: 'Rest', format: 1, detail: 0, mode: 'normal', style: '', version: 1 },
    { type: 'text', text: ' your wrist. Read ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
    {
      type: 'link',
      fields: { linkType: 'custom', url: 'https://www.nhs.uk/conditions/wrist-pain/', newTab: false },
      children: [{ type: 'text', text: 'more about wrists', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 3,
    },
    { type: 'text', text: '.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
  ]
  return payload.create({
    collection: 'topics',
    overrideAccess: true,
    data: {
      title,
      slug: slugify(title),
      summary: 'Rest your wrist and move it gently.',
      mainMessage: 'Rest your wrist for a day, then move it gently.',
      keywords: ['wrist pain', 'sore wrist'],
      sections: [
        { blockType: 'text', heading: 'Rest', body: body as unknown as TopicTextBody },
        {
          blockType: 'warningSigns',
          heading: 'When to get help now',
          signs: [
            { text: 'Your hand turns blue', tier: 'emergency', reason: 'Blood may not reach it.' },
            { text: 'A fever', tier: 'today' },
          ],
        },
      ],
      sources: [{ citation: 'NHS. Wrist pain.' }],
      pemat: AGREED_PEMAT_RATING,
      _status: 'published',
    },
  })
}

/** What a translator sends back: every text "translated" (marked ES:), every code kept in place. */
function translate(text: InlineText): InlineText {
  return text.map((node) => {
    if (node.type === 'text') return { ...node, text: `ES:${node.text}` }
    if ('children' in node && Array.isArray(node.children)) return { ...node, children: translate(node.children as InlineText) } as typeof node
    return node
  })
}

async function exportedUnits(topicId: number): Promise<{ xml: string; units: TranslationUnit[]; versionId: string }> {
  const { xml } = await exportTopicTranslation({ payload, user: editor, topicId, locale: 'es' })
  const versionId = /<file id="careleaf\.topic\.\d+\.version\.([^"]+)"/.exec(xml)?.[1] ?? ''
  const source = await payload.findByID({ collection: 'topics', id: topicId, locale: 'en', draft: true, depth: 0, overrideAccess: true })
  const units = topicTranslationUnits(payload.collections.topics.config.fields, source as unknown as Record<string, unknown>, {
    blocks: payload.config.blocks ?? [],
  })
  return { xml, units, versionId }
}

function translatedFile(topic: Topic, versionId: string, units: TranslationUnit[]): string {
  return exportTopicXliff({
    topicId: topic.id,
    versionId,
    sourceLocale: 'en',
    targetLocale: 'es',
    title: topic.title,
    units: units.map((unit) => ({ ...unit, target: translate(unit.source) })),
  })
}

async function refusal(promise: Promise<unknown>): Promise<TranslationWorkflowError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(TranslationWorkflowError)
  return error as TranslationWorkflowError
}

async function spanishDraft(topicId: number): Promise<Topic> {
  return payload.findByID({ collection: 'topics', id: topicId, locale: 'es', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
}

describe('translators’ XLIFF exchange', () => {
  it('exports every patient text and imports the translation as a draft, changing text and nothing else', async () => {
    const topic = await topicToTranslate()
    const { xml, units, versionId } = await exportedUnits(topic.id)
    expect(xml).toContain('urn:oasis:names:tc:xliff:document:2.0')
    expect(units.map((unit) => unit.id)).toEqual(expect.arrayContaining(['title', 'summary', 'mainMessage', 'keywords.0', 'keywords.1']))
    expect(units.some((unit) => unit.id.endsWith('.reason'))).toBe(true)
    expect(xml).not.toContain('searchText')

    const result = await importTopicTranslation({
      payload,
      user: editor,
      topicId: topic.id,
      locale: 'es',
      file: translatedFile(topic, versionId, units),
      translatedBy: 'human',
    })
    expect(result.texts).toBe(units.length)
    const spanish = await spanishDraft(topic.id)
    expect(spanish.title).toBe(`ES:${topic.title}`)
    expect(spanish.keywords).toEqual(['ES:wrist pain', 'ES:sore wrist'])
    expect(spanish.translation).toMatchObject({ status: 'draft', translatedBy: 'human' })
    const signs = (spanish.sections[1] as Extract<Topic['sections'][number], { blockType: 'warningSigns' }>).signs
    // The urgency tiers are shared, not text: the import kept them.
    expect(signs.map((sign) => [sign.text, sign.tier, sign.reason ?? null])).toEqual([
      ['ES:Your hand turns blue', 'emergency', 'ES:Blood may not reach it.'],
      ['ES:A fever', 'today', null],
    ])
    // Bold and the link survive, around the translated words.
    const body = JSON.stringify((spanish.sections[0] as { body: unknown }).body)
    expect(body).toMatch(/\{[^{}]*"text":"ES:Rest"[^{}]*"format":1[^{}]*\}/)
    expect(body).toContain('https://www.nhs.uk/conditions/wrist-pain/')
    expect(body).toContain('ES:more about wrists')
    // English untouched.
    const english = await payload.findByID({ collection: 'topics', id: topic.id, locale: 'en', draft: true, depth: 0, overrideAccess: true })
    expect(english.title).toBe(topic.title)

    const audit = await payload.find({
      collection: 'audit-events',
      overrideAccess: true,
      where: { targetId: { equals: String(topic.id) }, action: { in: ['translation.export', 'translation.import'] } },
    })
    expect(audit.docs.map((event) => event.action).sort()).toEqual(['translation.export', 'translation.import'])
  })

  it('refuses a file made from an older version of the English, changing nothing', async () => {
    const topic = await topicToTranslate()
    const { units, versionId } = await exportedUnits(topic.id)
    await payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'en',
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { summary: 'A newer English summary.' },
    })
    const error = await refusal(
      importTopicTranslation({ payload, user: editor, topicId: topic.id, locale: 'es', file: translatedFile(topic, versionId, units), translatedBy: 'human' }),
    )
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/version/i)
    expect((await spanishDraft(topic.id)).title ?? null).toBeNull()
  })

  it('refuses a file missing a text, naming it, and applies none of the others', async () => {
    const topic = await topicToTranslate()
    const { units, versionId } = await exportedUnits(topic.id)
    const withoutSummary = exportTopicXliff({
      topicId: topic.id,
      versionId,
      sourceLocale: 'en',
      targetLocale: 'es',
      title: topic.title,
      units: units.filter((unit) => unit.id !== 'summary').map((unit) => ({ ...unit, target: translate(unit.source) })),
    })
    const error = await refusal(importTopicTranslation({ payload, user: editor, topicId: topic.id, locale: 'es', file: withoutSummary, translatedBy: 'human' }))
    expect(error.message).toMatch(/summary/)
    expect((await spanishDraft(topic.id)).title ?? null).toBeNull()
  })

  it('refuses broken inline markup (a dropped bold) and a wrong file type', async () => {
    const topic = await topicToTranslate()
    const { units, versionId } = await exportedUnits(topic.id)
    const file = translatedFile(topic, versionId, units)
    // The body's translation: the one target that starts with the bold code.
    const target = file.slice(file.indexOf('<target><pc'))
    const broken = file.replace(target, target.replace(/<pc id="(\d+)"[^>]*subType="xlf:b"[^>]*>(.*?)<\/pc>/, '$2'))
    expect(broken).not.toBe(file)
    const markup = await refusal(importTopicTranslation({ payload, user: editor, topicId: topic.id, locale: 'es', file: broken, translatedBy: 'human' }))
    expect(markup.message).toMatch(/not imported/)
    const xliff12 = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" datatype="plaintext" original="x"><body/></file></xliff>`
    const wrongType = await refusal(importTopicTranslation({ payload, user: editor, topicId: topic.id, locale: 'es', file: xliff12, translatedBy: 'human' }))
    expect(wrongType.message).toMatch(/2\.0/)
    const notXml = await refusal(
      importTopicTranslation({ payload, user: editor, topicId: topic.id, locale: 'es', file: 'Hola, esto no es XLIFF', translatedBy: 'human' }),
    )
    expect(notXml.status).toBe(400)
    expect((await spanishDraft(topic.id)).title ?? null).toBeNull()
  })

  it('is for content staff only', async () => {
    const topic = await topicToTranslate()
    expect((await refusal(exportTopicTranslation({ payload, user: clinician, topicId: topic.id, locale: 'es' }))).status).toBe(403)
  })
})
