import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { paragraphsToRichText } from '@/lib/content/lexical'
import { loadUpperBackPainArticle } from '@/lib/content/upperBackPainArticle'
import { defaultReviewDueAt } from '@/lib/topics/reviewStatus'
import type { TextSectionBlock, Topic } from '@/payload-types'

import { DEMO_ACCOUNTS } from './demoAccounts'
import { DEMO_CLINIC_LOGO_ALT, DEMO_CLINIC_LOGO_FILE_NAME, demoClinicLogoPng } from './demoClinicLogo'
import { seedSpanishTranslation } from './seedSpanishTranslation'
import {
  UPPER_BACK_PAIN_CATEGORIES,
  UPPER_BACK_PAIN_CHECK,
  UPPER_BACK_PAIN_CODES,
  UPPER_BACK_PAIN_EXERCISE,
  UPPER_BACK_PAIN_KEYWORDS,
  UPPER_BACK_PAIN_SOURCES,
  UPPER_BACK_PAIN_TIPS,
  UPPER_BACK_PAIN_WARNING_SIGNS,
  type SeedCheckedSection,
} from './upperBackPainExtras'
import { BACK_SLEEPING_ILLUSTRATION, illustrationPng, type SeedIllustration, SHOULDER_ROLL_ILLUSTRATION } from './upperBackPainIllustrations'
import { rateSeededUpperBackPain } from './upperBackPainPemat'
import {
  HEALTH_PROBLEMS,
  HOW_TO_LIE_IN_BED,
  MEDICINES,
  MORE_WAYS_TO_EASE_IT,
  PILLOW_AND_MATTRESS,
  type PlainTextSection,
  UPPER_BACK_PAIN_MAIN_MESSAGE,
  UPPER_BACK_PAIN_PLAN,
  UPPER_BACK_PAIN_PLAIN_SUMMARY,
  WHAT_TO_REMEMBER,
  WHY_IT_HURTS,
} from './upperBackPainPlainLanguage'

/** Lexical's own type and Payload's generated one describe the same JSON; only the index signature differs. */
function asStoredRichText(state: ReturnType<typeof paragraphsToRichText>): TextSectionBlock['body'] {
  return state as unknown as TextSectionBlock['body']
}

/**
 * Gives the clinic the demo logo once. Not again after an admin removed or
 * replaced it: the demo logo's media document stays behind as the record that
 * it was seeded, and its presence stops a second seeding.
 */
async function seedDemoClinicLogo(payload: Payload, currentLogo: unknown): Promise<void> {
  if (currentLogo) return
  const seededBefore = await payload.count({ collection: 'media', where: { alt: { equals: DEMO_CLINIC_LOGO_ALT } }, overrideAccess: true })
  if (seededBefore.totalDocs > 0) return
  const png = await demoClinicLogoPng()
  const media = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: DEMO_CLINIC_LOGO_ALT },
    file: { data: png, mimetype: 'image/png', name: DEMO_CLINIC_LOGO_FILE_NAME, size: png.length },
  })
  await payload.updateGlobal({ slug: 'clinic', overrideAccess: true, data: { logo: media.id } })
}

async function createIllustration(payload: Payload, illustration: SeedIllustration): Promise<{ id: number }> {
  const png = await illustrationPng(illustration)
  return payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: illustration.alt },
    file: { data: png, mimetype: 'image/png', name: illustration.fileName, size: png.length },
  })
}

/**
 * The published version's sections, in reading order: why it hurts, how to
 * lie in bed (with its picture), the plan, the exercise (with its picture),
 * tips, the other causes, the tiered warning signs, and the questions that
 * check the posture and the warning signs. Short sections with headings that
 * say what each tells, so each can be handed out on its own.
 */
function plainLanguageSections({ backSleepingImageId, shoulderRollImageId }: { backSleepingImageId: number; shoulderRollImageId: number }): Topic['sections'] {
  const text = (section: PlainTextSection, id?: string) => ({
    id,
    blockType: 'text' as const,
    heading: section.heading,
    body: asStoredRichText(paragraphsToRichText(section.paragraphs)),
  })
  // The questions name the sections they check by block id, so those sections get theirs here rather than from Payload on save.
  const checkedSectionIds: Record<SeedCheckedSection, string> = { howToLieInBed: newBlockId(), warningSigns: newBlockId() }
  return [
    text(WHY_IT_HURTS),
    text(HOW_TO_LIE_IN_BED, checkedSectionIds.howToLieInBed),
    { blockType: 'media' as const, image: backSleepingImageId, caption: BACK_SLEEPING_ILLUSTRATION.caption },
    text(PILLOW_AND_MATTRESS),
    {
      blockType: 'plan' as const,
      heading: UPPER_BACK_PAIN_PLAN.heading,
      moments: UPPER_BACK_PAIN_PLAN.moments.map((moment) => ({ when: moment.when, actions: moment.actions.map((action) => ({ text: action })) })),
    },
    {
      blockType: 'exercise' as const,
      name: UPPER_BACK_PAIN_EXERCISE.name,
      steps: UPPER_BACK_PAIN_EXERCISE.steps.map((step) => ({ text: step })),
      repetitions: UPPER_BACK_PAIN_EXERCISE.repetitions,
    },
    { blockType: 'media' as const, image: shoulderRollImageId, caption: SHOULDER_ROLL_ILLUSTRATION.caption },
    {
      blockType: 'tips' as const,
      heading: UPPER_BACK_PAIN_TIPS.heading,
      do: UPPER_BACK_PAIN_TIPS.do.map((tip) => ({ text: tip })),
      dont: UPPER_BACK_PAIN_TIPS.dont.map((tip) => ({ text: tip })),
    },
    text(HEALTH_PROBLEMS),
    text(MEDICINES),
    text(MORE_WAYS_TO_EASE_IT),
    text(WHAT_TO_REMEMBER),
    {
      id: checkedSectionIds.warningSigns,
      blockType: 'warningSigns' as const,
      heading: UPPER_BACK_PAIN_WARNING_SIGNS.heading,
      intro: UPPER_BACK_PAIN_WARNING_SIGNS.intro,
      watchDays: UPPER_BACK_PAIN_WARNING_SIGNS.watchDays,
      signs: UPPER_BACK_PAIN_WARNING_SIGNS.signs.map((sign) => ({ ...sign })),
    },
    {
      blockType: 'check' as const,
      heading: UPPER_BACK_PAIN_CHECK.heading,
      questions: UPPER_BACK_PAIN_CHECK.questions.map((question) => ({
        checksSection: checkedSectionIds[question.checks],
        kind: question.kind,
        prompt: question.prompt,
        options: question.options.map((option) => ({ text: option.text, correct: option.correct === true })),
        trueFalseAnswer: question.trueFalseAnswer ?? null,
        explanation: question.explanation,
      })),
    },
  ]
}

/** A block id shaped like the ones Payload makes (a 24-hex-digit ObjectId). */
function newBlockId(): string {
  return randomBytes(12).toString('hex')
}

/**
 * The seeded topic's Spanish translation, once: on a new database, and on one
 * seeded before translations existed. Never over a translation someone has
 * started (any Spanish title).
 */
async function seedSpanishOnce(payload: Payload, slug: string): Promise<void> {
  const { docs } = await payload.find({
    collection: 'topics',
    where: { slug: { equals: slug } },
    locale: 'es',
    fallbackLocale: false,
    draft: true,
    overrideAccess: true,
    limit: 1,
    depth: 0,
    select: { title: true, _status: true },
  })
  const topic = docs[0]
  if (!topic || topic.title) return
  const reviewer = await payload.find({
    collection: 'users',
    where: { email: { equals: 'reviewer@careleaf.local' } },
    overrideAccess: true,
    limit: 1,
    depth: 0,
  })
  await seedSpanishTranslation({ payload, topicId: topic.id, reviewer: reviewer.docs[0] })
}

export interface SeedReport {
  createdUsers: string[]
  createdTopics: string[]
  removedFromSource: number
}

/**
 * Idempotent: creates only what is missing, so it runs on every start and
 * never overwrites what editors changed.
 */
export async function seedDemoContent({ payload, demoAccounts }: { payload: Payload; demoAccounts: boolean }): Promise<SeedReport> {
  const report: SeedReport = { createdUsers: [], createdTopics: [], removedFromSource: 0 }

  if (demoAccounts) {
    for (const account of DEMO_ACCOUNTS) {
      const existing = await payload.count({ collection: 'users', where: { email: { equals: account.email } }, overrideAccess: true })
      if (existing.totalDocs > 0) continue
      await payload.create({ collection: 'users', overrideAccess: true, data: { ...account } })
      report.createdUsers.push(account.email)
    }
  }

  const clinic = await payload.findGlobal({ slug: 'clinic', overrideAccess: true })
  if (!clinic.phone) {
    await payload.updateGlobal({
      slug: 'clinic',
      overrideAccess: true,
      data: { name: clinic.name || 'Careleaf Demo Clinic', phone: '(555) 010-0199', address: '1 Example Street, Springfield' },
    })
  }

  await seedDemoClinicLogo(payload, clinic.logo)

  const article = loadUpperBackPainArticle()
  report.removedFromSource = article.removed.length
  const slug = 'upper-back-pain-during-sleep'
  const existingTopic = await payload.count({ collection: 'topics', where: { slug: { equals: slug } }, overrideAccess: true })
  if (existingTopic.totalDocs === 0) {
    const categoryIds: number[] = []
    for (const category of UPPER_BACK_PAIN_CATEGORIES) {
      const found = await payload.find({ collection: 'categories', where: { slug: { equals: category.slug } }, overrideAccess: true, limit: 1, depth: 0 })
      categoryIds.push(found.docs[0]?.id ?? (await payload.create({ collection: 'categories', overrideAccess: true, data: category })).id)
    }
    // The demo reviewer signs the seeded topic off; without demo accounts it has no reviewer until someone reviews it.
    const reviewer = await payload.find({
      collection: 'users',
      where: { email: { equals: 'reviewer@careleaf.local' } },
      overrideAccess: true,
      limit: 1,
      depth: 0,
    })
    const reviewerUser = reviewer.docs[0]
    // The faithful import first, as a draft: it stays in the topic's history as the earlier version, word for word.
    const imported = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      draft: true,
      data: {
        title: 'Upper back pain during sleep',
        slug,
        summary: article.summary,
        _status: 'draft',
        sections: article.sections.map((section) => ({
          blockType: 'text' as const,
          heading: section.heading,
          body: asStoredRichText(paragraphsToRichText(section.paragraphs)),
        })),
        audience: ['adult'],
        categories: categoryIds,
        codes: UPPER_BACK_PAIN_CODES,
        keywords: UPPER_BACK_PAIN_KEYWORDS,
        sources: UPPER_BACK_PAIN_SOURCES,
      },
    })
    const [backSleeping, shoulderRoll] = await Promise.all([
      createIllustration(payload, BACK_SLEEPING_ILLUSTRATION),
      createIllustration(payload, SHOULDER_ROLL_ILLUSTRATION),
    ])
    // Then the plain-language version, published. Server code without a user skips the reviewer-only publish
    // check (enforcePublishWorkflow), so the seed records the demo reviewer's sign-off itself; the publish
    // audit event is recorded by the collection's hook, as for any publication.
    const reviewedAt = new Date()
    await payload.update({
      collection: 'topics',
      id: imported.id,
      overrideAccess: true,
      draft: false,
      data: {
        _status: 'published',
        summary: UPPER_BACK_PAIN_PLAIN_SUMMARY,
        mainMessage: UPPER_BACK_PAIN_MAIN_MESSAGE,
        sections: plainLanguageSections({ backSleepingImageId: backSleeping.id, shoulderRollImageId: shoulderRoll.id }),
        reviewedBy: reviewerUser?.id ?? null,
        reviewedAt: reviewerUser ? reviewedAt.toISOString() : null,
        reviewDueAt: reviewerUser ? defaultReviewDueAt(reviewedAt).toISOString() : null,
      },
    })
    await rateSeededUpperBackPain({ payload, topicId: imported.id })
    report.createdTopics.push(slug)
  }
  await seedSpanishOnce(payload, slug)
  return report
}
