import type { Payload } from 'payload'

import { paragraphsToRichText } from '@/lib/content/lexical'
import { loadUpperBackPainArticle } from '@/lib/content/upperBackPainArticle'

import type { TextSectionBlock } from '@/payload-types'

import { DEMO_ACCOUNTS } from './demoAccounts'

/** Lexical's own type and Payload's generated one describe the same JSON; only the index signature differs. */
function asStoredRichText(state: ReturnType<typeof paragraphsToRichText>): TextSectionBlock['body'] {
  return state as unknown as TextSectionBlock['body']
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

  const article = loadUpperBackPainArticle()
  report.removedFromSource = article.removed.length
  const slug = 'upper-back-pain-during-sleep'
  const existingTopic = await payload.count({ collection: 'topics', where: { slug: { equals: slug } }, overrideAccess: true })
  if (existingTopic.totalDocs === 0) {
    await payload.create({
      collection: 'topics',
      overrideAccess: true,
      draft: false,
      data: {
        title: 'Upper back pain during sleep',
        slug,
        summary: article.summary,
        _status: 'published',
        sections: article.sections.map((section) => ({
          blockType: 'text' as const,
          heading: section.heading,
          body: asStoredRichText(paragraphsToRichText(section.paragraphs)),
        })),
      },
    })
    report.createdTopics.push(slug)
  }
  return report
}
