import type { Payload } from 'payload'

import { paragraphsToRichText } from '@/lib/content/lexical'
import { loadUpperBackPainArticle } from '@/lib/content/upperBackPainArticle'
import { defaultReviewDueAt } from '@/lib/topics/reviewStatus'
import type { TextSectionBlock } from '@/payload-types'

import { DEMO_ACCOUNTS } from './demoAccounts'
import { DEMO_CLINIC_LOGO_ALT, DEMO_CLINIC_LOGO_FILE_NAME, demoClinicLogoPng } from './demoClinicLogo'
import {
  UPPER_BACK_PAIN_CATEGORIES,
  UPPER_BACK_PAIN_CODES,
  UPPER_BACK_PAIN_EXERCISE,
  UPPER_BACK_PAIN_KEYWORDS,
  UPPER_BACK_PAIN_SOURCES,
  UPPER_BACK_PAIN_TIPS,
  UPPER_BACK_PAIN_WARNING_SIGNS,
} from './upperBackPainExtras'
import { rateSeededUpperBackPain } from './upperBackPainPemat'
import { UPPER_BACK_PAIN_MAIN_MESSAGE, UPPER_BACK_PAIN_PLAIN_LANGUAGE, UPPER_BACK_PAIN_PLAIN_SUMMARY } from './upperBackPainPlainLanguage'

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
    const reviewedAt = new Date()
    const published = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      draft: false,
      data: {
        title: 'Upper back pain during sleep',
        slug,
        summary: article.summary,
        mainMessage: UPPER_BACK_PAIN_MAIN_MESSAGE,
        _status: 'published',
        sections: [
          ...article.sections.map((section) => ({
            blockType: 'text' as const,
            heading: section.heading,
            body: asStoredRichText(paragraphsToRichText(section.paragraphs)),
          })),
          {
            blockType: 'tips' as const,
            heading: UPPER_BACK_PAIN_TIPS.heading,
            do: UPPER_BACK_PAIN_TIPS.do.map((text) => ({ text })),
            dont: UPPER_BACK_PAIN_TIPS.dont.map((text) => ({ text })),
          },
          {
            blockType: 'exercise' as const,
            name: UPPER_BACK_PAIN_EXERCISE.name,
            steps: UPPER_BACK_PAIN_EXERCISE.steps.map((text) => ({ text })),
            repetitions: UPPER_BACK_PAIN_EXERCISE.repetitions,
          },
          {
            blockType: 'warningSigns' as const,
            heading: UPPER_BACK_PAIN_WARNING_SIGNS.heading,
            intro: UPPER_BACK_PAIN_WARNING_SIGNS.intro,
            watchDays: UPPER_BACK_PAIN_WARNING_SIGNS.watchDays,
            signs: UPPER_BACK_PAIN_WARNING_SIGNS.signs.map((sign) => ({ ...sign })),
          },
        ],
        audience: ['adult'],
        categories: categoryIds,
        codes: UPPER_BACK_PAIN_CODES,
        keywords: UPPER_BACK_PAIN_KEYWORDS,
        sources: UPPER_BACK_PAIN_SOURCES,
        reviewedBy: reviewer.docs[0]?.id ?? null,
        reviewedAt: reviewer.docs[0] ? reviewedAt.toISOString() : null,
        reviewDueAt: reviewer.docs[0] ? defaultReviewDueAt(reviewedAt).toISOString() : null,
      },
    })
    await rateSeededUpperBackPain({ payload, topicId: published.id })
    // The plain-language rewrite waits as a draft version for a reviewer; the
    // published version stays the faithful import.
    await payload.update({
      collection: 'topics',
      id: published.id,
      overrideAccess: true,
      draft: true,
      data: {
        _status: 'draft',
        summary: UPPER_BACK_PAIN_PLAIN_SUMMARY,
        sections: published.sections.map((section) => {
          const rewrite = section.blockType === 'text' ? UPPER_BACK_PAIN_PLAIN_LANGUAGE[section.heading] : undefined
          return rewrite && section.blockType === 'text' ? { ...section, body: asStoredRichText(paragraphsToRichText(rewrite)) } : section
        }),
      },
    })
    report.createdTopics.push(slug)
  }
  return report
}
