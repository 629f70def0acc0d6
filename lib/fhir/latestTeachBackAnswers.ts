import type { Payload } from 'payload'

import type { LatestAnswer } from './buildEducationBundle'

/**
 * The latest answer to each question of a handout, across all its share links (a patient may answer again after
 * re-reading, or on a second link given to a carer). Read with access overridden: the collection has no API access,
 * and the caller has checked that the user manages the handout.
 */
export async function latestTeachBackAnswers({ payload, handoutId }: { payload: Payload; handoutId: number }): Promise<LatestAnswer[]> {
  const { docs } = await payload.find({
    collection: 'teach-back-answers',
    overrideAccess: true,
    where: { handout: { equals: handoutId } },
    // Newest first; the id breaks ties between answers stored in the same millisecond.
    sort: ['-createdAt', '-id'],
    depth: 0,
    pagination: false,
    select: { questionId: true, answer: true, correct: true, createdAt: true },
  })
  const latest = new Map<string, LatestAnswer>()
  for (const row of docs) {
    if (latest.has(row.questionId)) continue
    latest.set(row.questionId, { questionId: row.questionId, answer: row.answer, correct: row.correct, answeredAt: row.createdAt })
  }
  return [...latest.values()]
}
