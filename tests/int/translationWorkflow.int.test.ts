import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/fields/slugField'
import type { PortalUser } from '@/lib/auth/portalUser'
import { searchTopics } from '@/lib/topics/searchTopics'
import { approveTranslation } from '@/lib/translation/approveTranslation'
import { topicTranslationState } from '@/lib/translation/sectionTranslations'
import { submitTranslationForReview } from '@/lib/translation/submitTranslationForReview'
import { TranslationWorkflowError } from '@/lib/translation/translationWorkflowError'
import type { Topic } from '@/payload-types'

import { AGREED_PEMAT_RATING, createTestUser, findSeededTopic, getTestPayload } from './testPayload'
import { topicTextBody } from '../support/topicTextBody'

let payload: Payload
let editor: PortalUser
let reviewer: PortalUser
let clinician: PortalUser

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createTestUser(payload, ['editor'], 'Ed Itor')
  reviewer = await createTestUser(payload, ['reviewer'], 'Rev Iewer')
  clinician = await createTestUser(payload, ['clinician'], 'Dr Lingua')
})

/** A published English topic with two sections and nothing to flag. */
async function publishedEnglishTopic(): Promise<Topic> {
  const title = `Knee care ${crypto.randomBytes(4).toString('hex')}`
  return payload.create({
    collection: 'topics',
    overrideAccess: true,
    data: {
      title,
      slug: slugify(title),
      summary: 'Rest your knee and move it gently.',
      mainMessage: 'Rest your knee for a day, then walk a little more each day.',
      sections: [
        { blockType: 'text', heading: 'Rest', body: topicTextBody('Rest for a day or two. Then walk a little more each day.') },
        {
          blockType: 'warningSigns',
          heading: 'When to get help now',
          signs: [
            { text: 'Chest pain', tier: 'emergency' },
            { text: 'Fever', tier: 'today' },
          ],
        },
      ],
      sources: [{ citation: 'NHS. Knee pain.', url: 'https://www.nhs.uk/conditions/knee-pain/' }],
      pemat: AGREED_PEMAT_RATING,
      _status: 'published',
    },
  })
}

/** The editor's Spanish draft of every text, same blocks and rows as the English. */
async function spanishDraft(topic: Topic, { translatedBy = 'machine' as const, withWarningSigns = true } = {}): Promise<void> {
  const [rest, warning] = topic.sections
  await payload.update({
    collection: 'topics',
    id: topic.id,
    locale: 'es',
    draft: true,
    user: editor,
    overrideAccess: false,
    data: {
      title: 'Cuidado de la rodilla',
      summary: 'Descanse la rodilla y muévala con suavidad.',
      mainMessage: 'Descanse la rodilla un día. Luego camine un poco más cada día.',
      translation: { translatedBy },
      sections: [
        { ...rest!, heading: 'Descanso', body: topicTextBody('Descanse uno o dos días. Luego camine un poco más cada día.') } as Topic['sections'][number],
        withWarningSigns && warning?.blockType === 'warningSigns'
          ? {
              ...warning,
              heading: 'Cuándo pedir ayuda de inmediato',
              signs: warning.signs.map((sign, index) => ({ ...sign, text: index === 0 ? 'Dolor en el pecho' : 'Fiebre' })),
            }
          : { ...warning!, heading: null, signs: (warning as { signs: object[] }).signs.map((sign) => ({ ...sign, text: null })) },
      ] as Topic['sections'],
    },
  })
}

async function readTopic(id: number, locale: 'en' | 'es', draft: boolean): Promise<Topic> {
  return payload.findByID({ collection: 'topics', id, locale, fallbackLocale: false, draft, depth: 0, overrideAccess: true })
}

async function refusal(promise: Promise<unknown>): Promise<TranslationWorkflowError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(TranslationWorkflowError)
  return error as TranslationWorkflowError
}

describe('the seeded Spanish translation', () => {
  it('is a machine draft the demo reviewer approved after a recorded side-by-side review, with the English untouched', async () => {
    const seeded = await findSeededTopic(payload)
    const spanish = await readTopic(seeded.id, 'es', false)
    expect(spanish.title).toBe('Dolor en la parte alta de la espalda al dormir')
    expect(spanish.translation).toMatchObject({ status: 'approved', translatedBy: 'machine' })
    expect(spanish.translation?.provenance).toMatch(/AI language model/)
    expect(spanish.translation?.sideBySideReviewedAt).toBeTruthy()
    expect(spanish.translation?.approvedBy).toBe(spanish.translation?.sideBySideReviewedBy)
    const english = await readTopic(seeded.id, 'en', false)
    expect(english.title).toBe('Upper back pain during sleep')
    // Approving the translation does not re-sign the English.
    expect(english.reviewedAt).toBe(seeded.reviewedAt)
    expect(topicTranslationState({ source: english, translated: spanish })).toMatchObject({ usable: true })
    expect([...topicTranslationState({ source: english, translated: spanish }).sections.values()].every((state) => state === 'translated')).toBe(true)
  })

  it('is measured in Spanish (INFLESZ), meets the clinic target and raises no flag', async () => {
    const seeded = await findSeededTopic(payload)
    const spanish = await readTopic(seeded.id, 'es', false)
    const readability = spanish.readability as { locale: string; szigrisztPazos: number; target: number }
    expect(readability.locale).toBe('es')
    expect(readability.target).toBe(65)
    expect(readability.szigrisztPazos).toBeGreaterThanOrEqual(65)
    expect(spanish.qualityFlags ?? []).toEqual([])
    expect(spanish.readingGrade ?? null).toBeNull()
  })

  it('is found in the library by Spanish words, accents optional', async () => {
    for (const query of ['dolor de espalda', 'espalda', 'colchon', 'almohadas rodillas']) {
      const { topics } = await searchTopics({ payload, user: clinician, query })
      expect(
        topics.map((topic) => topic.slug),
        query,
      ).toContain('upper-back-pain-during-sleep')
    }
  })
})

describe('approving a translation', () => {
  it('refuses a machine draft without the side-by-side review, then approves it with one, recorded with who and when', async () => {
    const topic = await publishedEnglishTopic()
    await spanishDraft(topic)
    expect((await readTopic(topic.id, 'es', true)).translation?.status).toBe('draft')
    // Until approved, nothing reaches a clinician in Spanish.
    expect(topicTranslationState({ source: await readTopic(topic.id, 'en', false), translated: await readTopic(topic.id, 'es', false) }).usable).toBe(false)

    const withoutReview = await refusal(approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'es', sideBySideReviewed: false }))
    expect(withoutReview.status).toBe(400)
    expect(withoutReview.data?.rule).toBe('side-by-side-required')
    expect((await readTopic(topic.id, 'es', false)).translation?.status ?? 'not-started').not.toBe('approved')

    await approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'es', sideBySideReviewed: true })
    const approved = await readTopic(topic.id, 'es', false)
    expect(approved.translation).toMatchObject({ status: 'approved', translatedBy: 'machine', approvedBy: reviewer.id, sideBySideReviewedBy: reviewer.id })
    expect(approved.translation?.sideBySideReviewedAt).toBeTruthy()
    const state = topicTranslationState({ source: await readTopic(topic.id, 'en', false), translated: approved })
    expect(state.usable).toBe(true)

    const { docs } = await payload.find({
      collection: 'audit-events',
      overrideAccess: true,
      where: { and: [{ action: { equals: 'translation.approve' } }, { targetId: { equals: String(topic.id) } }] },
    })
    expect(docs.map((event) => event.detail)).toEqual(['es; machine draft; side-by-side review recorded'])
  })

  it('approves a human translation without the side-by-side confirmation', async () => {
    const topic = await publishedEnglishTopic()
    await spanishDraft(topic, { translatedBy: 'human' as never })
    await approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'es', sideBySideReviewed: false })
    expect((await readTopic(topic.id, 'es', false)).translation).toMatchObject({ status: 'approved', translatedBy: 'human', sideBySideReviewedAt: null })
  })

  it('lets only a reviewer approve, and refuses English as a "translation"', async () => {
    const topic = await publishedEnglishTopic()
    await spanishDraft(topic)
    expect((await refusal(approveTranslation({ payload, user: editor, topicId: topic.id, locale: 'es', sideBySideReviewed: true }))).status).toBe(403)
    expect((await refusal(approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'en', sideBySideReviewed: true }))).status).toBe(400)
  })

  it('names what is still untranslated, for submitting and approving alike', async () => {
    const topic = await publishedEnglishTopic()
    await spanishDraft(topic, { withWarningSigns: false })
    const submitted = await refusal(submitTranslationForReview({ payload, user: editor, topicId: topic.id, locale: 'es' }))
    expect(submitted.data?.rule).toBe('translation-incomplete')
    expect(submitted.message).toMatch(/Section 2/)
    const approved = await refusal(approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'es', sideBySideReviewed: true }))
    expect(approved.data?.details).toEqual(['Section 2 (When to get help now)'])
  })

  it('refuses while the English has unpublished changes, which publishing would carry out unreviewed', async () => {
    const topic = await publishedEnglishTopic()
    await spanishDraft(topic)
    await payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'en',
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { summary: 'A new English summary.' },
    })
    const error = await refusal(approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'es', sideBySideReviewed: true }))
    expect(error.status).toBe(409)
    expect(error.data?.rule).toBe('english-unpublished')
  })

  it('puts an edited translation back to draft, while patients keep the approved one', async () => {
    const topic = await publishedEnglishTopic()
    await spanishDraft(topic)
    await submitTranslationForReview({ payload, user: editor, topicId: topic.id, locale: 'es' })
    expect((await readTopic(topic.id, 'es', true)).translation?.status).toBe('in-review')
    await approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'es', sideBySideReviewed: true })
    await payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'es',
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { summary: 'Otro resumen.' },
    })
    expect((await readTopic(topic.id, 'es', true)).translation?.status).toBe('draft')
    expect((await readTopic(topic.id, 'es', false)).translation?.status).toBe('approved')
  })

  it('takes a section whose English changed since approval out of the translation, and only that section', async () => {
    const topic = await publishedEnglishTopic()
    await spanishDraft(topic)
    await approveTranslation({ payload, user: reviewer, topicId: topic.id, locale: 'es', sideBySideReviewed: true })
    const english = await readTopic(topic.id, 'en', false)
    const [rest, warning] = english.sections
    await payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'en',
      draft: false,
      overrideAccess: true,
      data: {
        _status: 'published',
        sections: [
          rest!,
          { ...warning!, signs: [...(warning as { signs: object[] }).signs, { text: 'New numbness in your leg', tier: 'emergency' }] },
        ] as Topic['sections'],
      },
    })
    const state = topicTranslationState({ source: await readTopic(topic.id, 'en', false), translated: await readTopic(topic.id, 'es', false) })
    expect(state.sections.get(rest!.id!)).toBe('translated')
    expect(state.sections.get(warning!.id!)).toBe('outdated')
  })
})
