import type { Payload } from 'payload'

import type { PortalUser } from '@/lib/auth/portalUser'
import { canManageHandout } from '@/lib/handouts/canManageHandout'
import { findHandoutForUser } from '@/lib/handouts/findHandoutForUser'
import { handoutSectionSnapshots } from '@/lib/handouts/toHandoutDocumentData'
import { relationId } from '@/lib/payload/relationId'

import { type LinkAnswerScore, scoreLinkAnswers, type StoredAnswer } from './scoreLinkAnswers'

export class TeachBackAnswersNotAllowedError extends Error {
  override name = 'TeachBackAnswersNotAllowedError'
}

/** Far above what any link gathers (3 questions per check, a few tries each); a bound, not a page size. */
const MAX_ANSWERS_READ = 5000

/**
 * Per share link of a handout: whether the patient answered its "Check your
 * understanding" questions, the score and the sections to re-teach. The
 * answers are the patient's, so only who may manage the handout (its
 * clinician, an admin) sees them, not a colleague who may read it: checked
 * here as the user, then the answers (no API access for anyone) are read
 * with overrideAccess. Links without answers are "not yet answered".
 */
export async function summariseLinkAnswers({
  payload,
  user,
  handoutId,
}: {
  payload: Payload
  user: PortalUser
  handoutId: number
}): Promise<Map<number, LinkAnswerScore>> {
  const handout = await findHandoutForUser({ payload, user, handoutId })
  if (!handout || !canManageHandout(user, handout)) throw new TeachBackAnswersNotAllowedError('That handout does not exist or is not yours.')

  const [links, answers] = await Promise.all([
    payload.find({
      collection: 'share-links',
      where: { handout: { equals: handout.id } },
      overrideAccess: true,
      pagination: false,
      depth: 0,
      select: { handout: true },
    }),
    payload.find({
      collection: 'teach-back-answers',
      where: { handout: { equals: handout.id } },
      overrideAccess: true,
      limit: MAX_ANSWERS_READ,
      depth: 0,
      select: { link: true, questionId: true, correct: true, createdAt: true },
    }),
  ])

  const byLink = new Map<number, StoredAnswer[]>()
  for (const row of answers.docs) {
    const linkId = relationId(row.link)
    const list = byLink.get(linkId) ?? []
    list.push({ id: row.id, questionId: row.questionId, correct: row.correct === true, createdAt: row.createdAt })
    byLink.set(linkId, list)
  }
  const sections = handoutSectionSnapshots(handout)
  return new Map(links.docs.map((link) => [link.id, scoreLinkAnswers({ sections, answers: byLink.get(link.id) ?? [] })]))
}
