import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { sectionHeading } from '@/blocks'
import type { PortalUser } from '@/lib/auth/portalUser'
import type { Locale } from '@/lib/i18n/locales'
import { readAsUserOrNull } from '@/lib/payload/readAsUserOrNull'

export class MissedQuestionCountsNotAllowedError extends Error {
  override name = 'MissedQuestionCountsNotAllowedError'
}

/** One question of a topic and how patients did with it, over every link and every attempt. Counts only. */
export interface MissedQuestionCount {
  questionId: string
  /** The question as the topic asks it now (its latest draft), or a note that it was removed. */
  prompt: string
  /** The heading of the section it checks, when the topic still has it. */
  checksHeading: string | null
  asked: number
  missed: number
}

/**
 * Which of a topic's "Check your understanding" questions patients miss
 * most, for the content staff who can make the section clearer. Counted in
 * the database, so nothing about a patient, a link or a handout leaves it:
 * only the question id and two numbers per question.
 */
export async function countMissedQuestions({
  payload,
  user,
  topicId,
  locale,
}: {
  payload: Payload
  user: PortalUser
  topicId: number
  /** The language the prompts are given in (the admin's current locale). */
  locale?: Locale
}): Promise<MissedQuestionCount[]> {
  if (!hasRole(user, 'admin', 'editor', 'reviewer')) throw new MissedQuestionCountsNotAllowedError('Only content staff see how patients answer.')
  const topic = await readAsUserOrNull({ payload, user, collection: 'topics', id: topicId, draft: true, locale })
  if (!topic) return []

  const { rows } = await payload.db.drizzle.execute(sql`
    SELECT question_id, count(*)::int AS asked, (count(*) FILTER (WHERE NOT correct))::int AS missed
    FROM teach_back_answers WHERE topic_id = ${topic.id} GROUP BY question_id`)

  const prompts = new Map<string, { prompt: string; checksSection: string }>()
  for (const section of topic.sections ?? []) {
    if (section.blockType !== 'check') continue
    for (const question of section.questions ?? [])
      if (question.id) prompts.set(question.id, { prompt: question.prompt ?? '', checksSection: question.checksSection })
  }
  const headings = new Map((topic.sections ?? []).flatMap((section) => (section.id ? [[section.id, sectionHeading(section)] as const] : [])))

  return (rows as Array<{ question_id: string; asked: number; missed: number }>)
    .map((row) => {
      const question = prompts.get(row.question_id)
      return {
        questionId: row.question_id,
        prompt: question ? question.prompt || 'No text in this language yet' : 'A question since removed from this topic',
        checksHeading: question ? (headings.get(question.checksSection) ?? null) : null,
        asked: row.asked,
        missed: row.missed,
      }
    })
    .sort((a, b) => b.missed - a.missed || b.asked - a.asked || a.questionId.localeCompare(b.questionId))
}
