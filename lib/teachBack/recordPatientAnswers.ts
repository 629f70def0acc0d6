import type { Payload } from 'payload'

import type { CheckedAnswer } from './checkPatientAnswers'

export interface PatientAnswerToRecord extends CheckedAnswer {
  /** The topic the question came from (the check section's), for reviewers' per-topic counts. */
  topicId: number
}

const RECORD_PATIENT_ANSWERS_SQL = `
  WITH live_link AS (
    SELECT link.id, link.handout_id, link.token_id
      FROM share_links AS link
      JOIN handouts AS handout ON handout.id = link.handout_id
     WHERE link.id = $1
       AND link.revoked_at IS NULL
       AND link.blocked_at IS NULL
       AND link.expires_at > $2::timestamptz
       AND handout.deleted_at IS NULL
  ), recorded AS (
    INSERT INTO teach_back_answers (link_id, handout_id, topic_id, question_id, checks_section, answer, correct, created_at, updated_at)
    SELECT live_link.id, live_link.handout_id, (SELECT topic.id FROM topics AS topic WHERE topic.id = answer.topic_id),
           answer.question_id, answer.checks_section, answer.answer, answer.correct, $2::timestamptz, $2::timestamptz
      FROM live_link, unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::boolean[])
           AS answer(topic_id, question_id, checks_section, answer, correct)
    RETURNING id
  ), audited AS (
    INSERT INTO audit_events (action, target_collection, target_id, detail)
    SELECT 'teachback.answer'::enum_audit_events_action, 'handouts', live_link.handout_id::text, 'link ' || live_link.token_id || ': ' || $8
      FROM live_link
    RETURNING id
  )
  SELECT count(*)::int AS recorded FROM recorded`

/**
 * Stores one submission of a patient's answers, one row per question, and its
 * `teachback.answer` audit row, in one statement that first checks the link is
 * still live (not revoked, closed or expired, its handout not deleted). So a
 * link revoked after the page was read stores nothing, 20 patients answering
 * at once store exactly their rows, and the audit row commits with the answers.
 * Every submission is a new set of rows: a second try after reading again is
 * kept beside the first (the clinician sees what was missed, then fixed).
 *
 * Nothing about the patient: the link, the question, the option chosen and
 * whether it was right. The audit detail holds counts only.
 *
 * Returns how many answers were stored, or null when the link was no longer live.
 */
export async function recordPatientAnswers({
  payload,
  linkId,
  answers,
  now = new Date(),
}: {
  payload: Payload
  linkId: number
  answers: readonly PatientAnswerToRecord[]
  now?: Date
}): Promise<number | null> {
  if (answers.length === 0) throw new Error('recordPatientAnswers needs at least one answer')
  const right = answers.filter((answer) => answer.correct).length
  const result = await payload.db.pool.query({
    name: 'careleaf_record_patient_answers',
    text: RECORD_PATIENT_ANSWERS_SQL,
    values: [
      linkId,
      now.toISOString(),
      answers.map((answer) => answer.topicId),
      answers.map((answer) => answer.question.id),
      answers.map((answer) => answer.question.checksSection),
      answers.map((answer) => answer.answer),
      answers.map((answer) => answer.correct),
      `${answers.length} answered, ${right} right`,
    ],
  })
  const recorded = Number((result.rows[0] as { recorded: number } | undefined)?.recorded ?? 0)
  return recorded > 0 ? recorded : null
}
