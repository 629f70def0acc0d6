import type { Payload } from 'payload'

import { toPortalUser } from '@/lib/auth/portalUser'
import { paragraphsToRichText } from '@/lib/content/lexical'
import { approveTranslation } from '@/lib/translation/approveTranslation'
import type { Topic, User } from '@/payload-types'

import { BACK_SLEEPING_ILLUSTRATION, SHOULDER_ROLL_ILLUSTRATION } from './upperBackPainIllustrations'
import type { PlainTextSection } from './upperBackPainPlainLanguage'
import {
  ES_BACK_SLEEPING_ILLUSTRATION,
  ES_HEALTH_PROBLEMS,
  ES_HOW_TO_LIE_IN_BED,
  ES_MEDICINES,
  ES_MORE_WAYS_TO_EASE_IT,
  ES_PILLOW_AND_MATTRESS,
  ES_SHOULDER_ROLL_ILLUSTRATION,
  ES_UPPER_BACK_PAIN_CATEGORIES,
  ES_UPPER_BACK_PAIN_CHECK,
  ES_UPPER_BACK_PAIN_EXERCISE,
  ES_UPPER_BACK_PAIN_KEYWORDS,
  ES_UPPER_BACK_PAIN_MAIN_MESSAGE,
  ES_UPPER_BACK_PAIN_PLAIN_SUMMARY,
  ES_UPPER_BACK_PAIN_PLAN,
  ES_UPPER_BACK_PAIN_TIPS,
  ES_UPPER_BACK_PAIN_TITLE,
  ES_UPPER_BACK_PAIN_TRANSLATION_PROVENANCE,
  ES_UPPER_BACK_PAIN_WARNING_SIGNS,
  ES_WHAT_TO_REMEMBER,
  ES_WHY_IT_HURTS,
} from './upperBackPainSpanish'

type Section = Topic['sections'][number]

/** The Spanish text sections in the order seedDemoContent publishes the English ones. */
const ES_TEXT_SECTIONS: PlainTextSection[] = [
  ES_WHY_IT_HURTS,
  ES_HOW_TO_LIE_IN_BED,
  ES_PILLOW_AND_MATTRESS,
  ES_HEALTH_PROBLEMS,
  ES_MEDICINES,
  ES_MORE_WAYS_TO_EASE_IT,
  ES_WHAT_TO_REMEMBER,
]

/** One published English section with its Spanish text in place: same block and row ids, the shared fields (tiers, images) kept. */
function translateSection(section: Section, texts: { next: () => PlainTextSection }, captions: string[]): Section {
  switch (section.blockType) {
    case 'text': {
      const text = texts.next()
      return { ...section, heading: text.heading, body: paragraphsToRichText(text.paragraphs) as unknown as typeof section.body }
    }
    case 'media':
      return { ...section, caption: captions.shift() ?? section.caption }
    case 'plan':
      return {
        ...section,
        heading: ES_UPPER_BACK_PAIN_PLAN.heading,
        moments: section.moments.map((moment, index) => ({
          ...moment,
          when: ES_UPPER_BACK_PAIN_PLAN.moments[index]!.when,
          actions: moment.actions.map((action, actionIndex) => ({ ...action, text: ES_UPPER_BACK_PAIN_PLAN.moments[index]!.actions[actionIndex]! })),
        })),
      }
    case 'exercise':
      return {
        ...section,
        name: ES_UPPER_BACK_PAIN_EXERCISE.name,
        repetitions: ES_UPPER_BACK_PAIN_EXERCISE.repetitions,
        steps: section.steps.map((step, index) => ({ ...step, text: ES_UPPER_BACK_PAIN_EXERCISE.steps[index]! })),
      }
    case 'tips':
      return {
        ...section,
        heading: ES_UPPER_BACK_PAIN_TIPS.heading,
        do: (section.do ?? []).map((tip, index) => ({ ...tip, text: ES_UPPER_BACK_PAIN_TIPS.do[index]! })),
        dont: (section.dont ?? []).map((tip, index) => ({ ...tip, text: ES_UPPER_BACK_PAIN_TIPS.dont[index]! })),
      }
    case 'warningSigns':
      return {
        ...section,
        heading: ES_UPPER_BACK_PAIN_WARNING_SIGNS.heading,
        intro: ES_UPPER_BACK_PAIN_WARNING_SIGNS.intro,
        signs: section.signs.map((sign, index) => {
          const spanish = ES_UPPER_BACK_PAIN_WARNING_SIGNS.signs[index]!
          return { ...sign, text: spanish.text, reason: spanish.reason ?? null }
        }),
      }
    case 'check':
      // Which section each question checks, its kind and its right answer are shared; only the words change.
      return {
        ...section,
        heading: ES_UPPER_BACK_PAIN_CHECK.heading,
        questions: section.questions.map((question, index) => {
          const spanish = ES_UPPER_BACK_PAIN_CHECK.questions[index]!
          return {
            ...question,
            prompt: spanish.prompt,
            explanation: spanish.explanation,
            options: (question.options ?? []).map((option, optionIndex) => ({ ...option, text: spanish.options[optionIndex]!.text })),
          }
        }),
      }
    default:
      // Only kinds the seeded topic uses have Spanish seed text; a new kind needs none until the seed uses it.
      throw new Error(`The seeded topic has a ${(section as Section).blockType} section, which has no Spanish seed text`)
  }
}

/**
 * The seeded topic's Spanish translation, as it truly was made: drafted by an
 * AI language model for the demo (recorded as a machine draft, with that
 * provenance), then approved by the demo reviewer after a side-by-side
 * review, through the same workflow a real translation goes through. Without
 * demo accounts it stays an unapproved draft: no real reviewer has read it.
 */
export async function seedSpanishTranslation({ payload, topicId, reviewer }: { payload: Payload; topicId: number; reviewer: User | undefined }): Promise<void> {
  const english = await payload.findByID({ collection: 'topics', id: topicId, locale: 'en', draft: false, depth: 0, overrideAccess: true })
  const textQueue = [...ES_TEXT_SECTIONS]
  const texts = {
    next: () => {
      const text = textQueue.shift()
      if (!text) throw new Error('The seeded topic has more text sections than the Spanish seed text')
      return text
    },
  }
  const captions = [ES_BACK_SLEEPING_ILLUSTRATION.caption, ES_SHOULDER_ROLL_ILLUSTRATION.caption]
  const sections = english.sections.map((section) => translateSection(section, texts, captions))

  for (const [illustration, spanish] of [
    [BACK_SLEEPING_ILLUSTRATION, ES_BACK_SLEEPING_ILLUSTRATION],
    [SHOULDER_ROLL_ILLUSTRATION, ES_SHOULDER_ROLL_ILLUSTRATION],
  ] as const) {
    const { docs } = await payload.find({
      collection: 'media',
      where: { alt: { equals: illustration.alt } },
      locale: 'en',
      overrideAccess: true,
      limit: 10,
      depth: 0,
    })
    for (const media of docs) await payload.update({ collection: 'media', id: media.id, locale: 'es', overrideAccess: true, data: { alt: spanish.alt } })
  }
  for (const category of ES_UPPER_BACK_PAIN_CATEGORIES) {
    const { docs } = await payload.find({ collection: 'categories', where: { slug: { equals: category.slug } }, overrideAccess: true, limit: 1, depth: 0 })
    if (docs[0]) await payload.update({ collection: 'categories', id: docs[0].id, locale: 'es', overrideAccess: true, data: { name: category.name } })
  }

  await payload.update({
    collection: 'topics',
    id: topicId,
    locale: 'es',
    draft: true,
    overrideAccess: true,
    data: {
      _status: 'draft',
      title: ES_UPPER_BACK_PAIN_TITLE,
      summary: ES_UPPER_BACK_PAIN_PLAIN_SUMMARY,
      mainMessage: ES_UPPER_BACK_PAIN_MAIN_MESSAGE,
      keywords: [...ES_UPPER_BACK_PAIN_KEYWORDS],
      sections,
      translation: { translatedBy: 'machine', translatorName: 'AI language model (demo text)', provenance: ES_UPPER_BACK_PAIN_TRANSLATION_PROVENANCE.note },
    },
  })
  if (reviewer) {
    await approveTranslation({ payload, user: toPortalUser(reviewer), topicId, locale: 'es', sideBySideReviewed: true })
  }
}
