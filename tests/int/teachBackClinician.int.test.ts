import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sectionHeading } from '@/blocks'
import type { PortalUser } from '@/lib/auth/portalUser'
import { createHandout } from '@/lib/handouts/createHandout'
import { listMyHandouts } from '@/lib/handouts/listMyHandouts'
import { createShareLink } from '@/lib/share/createShareLink'
import { countMissedQuestions, MissedQuestionCountsNotAllowedError } from '@/lib/teachBack/countMissedQuestions'
import { recordTeachBack, TeachBackInputError, TeachBackNotAllowedError } from '@/lib/teachBack/recordTeachBack'
import { summariseLinkAnswers, TeachBackAnswersNotAllowedError } from '@/lib/teachBack/summariseLinkAnswers'
import type { Handout, Topic } from '@/payload-types'

import { createTestUser, findSeededTopic, getTestPayload } from './testPayload'

/**
 * Issue 16, the clinician's and the reviewer's side of teach-back: what the
 * patient answered through each link, the outcome recorded in the room (the
 * owner's alone), and which questions patients miss, as counts.
 */
let payload: Payload
let topic: Topic
let owner: PortalUser
let colleague: PortalUser
let otherClinician: PortalUser
let editor: PortalUser
let reviewer: PortalUser
let admin: PortalUser
let handout: Handout

type CheckRow = Extract<Topic['sections'][number], { blockType: 'check' }>
let check: CheckRow

function questionAt(index: number) {
  return check.questions[index]!
}

/** The option id (or 'true'/'false') that is right, or one that is wrong. */
function answerFor(index: number, right: boolean): string {
  const question = questionAt(index)
  if (question.kind === 'true-false') return (question.trueFalseAnswer === 'true') === right ? 'true' : 'false'
  return question.options!.find((option) => option.correct === right)!.id!
}

/** As the patient page's form handler stores an answer (no API access: server code with overrideAccess). */
async function storeAnswer(linkId: number, index: number, right: boolean, forTopic: Topic = topic) {
  const question = questionAt(index)
  await payload.create({
    collection: 'teach-back-answers',
    overrideAccess: true,
    data: {
      link: linkId,
      handout: handout.id,
      topic: forTopic.id,
      questionId: question.id!,
      checksSection: question.checksSection,
      answer: answerFor(index, right),
      correct: right,
    },
  })
}

async function auditRows(action: string, handoutId: number) {
  const { docs } = await payload.find({
    collection: 'audit-events',
    where: { and: [{ action: { equals: action } }, { targetId: { equals: String(handoutId) } }] },
    overrideAccess: true,
    sort: '-createdAt',
    depth: 0,
  })
  return docs
}

beforeAll(async () => {
  payload = await getTestPayload()
  topic = await findSeededTopic(payload)
  check = topic.sections.find((section): section is CheckRow => section.blockType === 'check')!
  ;[owner, colleague, otherClinician, editor, reviewer, admin] = await Promise.all([
    createTestUser(payload, ['clinician'], 'Dr Teach'),
    createTestUser(payload, ['clinician'], 'Dr Colleague'),
    createTestUser(payload, ['clinician'], 'Dr Other'),
    createTestUser(payload, ['editor']),
    createTestUser(payload, ['reviewer']),
    createTestUser(payload, ['admin']),
  ])
  handout = await createHandout({
    payload,
    user: owner,
    input: { topicId: topic.id, sectionIds: topic.sections.map((section) => section.id!), patientName: 'Teach Back Patient' },
  })
  // The owner shares with the clinic: the colleague may read the handout, never its answers or its record.
  await payload.update({ collection: 'users', id: owner.id, overrideAccess: true, data: { sharesHandoutsWithClinic: true } })
})

describe('what the patient answered, per link', () => {
  it('says "not yet answered" for a link without answers, and scores the latest attempt per question with the sections to re-teach', async () => {
    const quiet = await createShareLink({ payload, user: owner, handoutId: handout.id, label: 'quiet' })
    const answered = await createShareLink({ payload, user: owner, handoutId: handout.id, label: 'answered' })
    // Posture: wrong, then right after re-reading. Chest pain: right, then wrong. Fever: never answered.
    await storeAnswer(answered.id, 0, false)
    await storeAnswer(answered.id, 1, true)
    await storeAnswer(answered.id, 0, true)
    await storeAnswer(answered.id, 1, false)

    const summaries = await summariseLinkAnswers({ payload, user: owner, handoutId: handout.id })
    expect(summaries.get(quiet.id)).toEqual({ answeredAt: null, right: 0, answered: 0, asked: 3, sectionsToReteach: [] })
    const score = summaries.get(answered.id)!
    expect(score.answeredAt).not.toBeNull()
    expect([score.right, score.answered, score.asked]).toEqual([1, 2, 3])
    expect(score.sectionsToReteach.map((section) => section.heading)).toEqual(['When to get help now'])
    const warningId = topic.sections.find((section) => sectionHeading(section) === 'When to get help now')!.id
    expect(score.sectionsToReteach[0]!.sectionId).toBe(warningId)
  })

  it('never counts another handout’s answers on this handout’s links', async () => {
    const other = await createHandout({ payload, user: owner, input: { topicId: topic.id, sectionIds: [check.id!], patientName: 'Other Patient' } })
    const otherLink = await createShareLink({ payload, user: owner, handoutId: other.id })
    const before = await summariseLinkAnswers({ payload, user: owner, handoutId: handout.id })
    await payload.create({
      collection: 'teach-back-answers',
      overrideAccess: true,
      data: {
        link: otherLink.id,
        handout: other.id,
        topic: topic.id,
        questionId: questionAt(2).id!,
        checksSection: questionAt(2).checksSection,
        answer: 'false',
        correct: false,
      },
    })
    const after = await summariseLinkAnswers({ payload, user: owner, handoutId: handout.id })
    expect([...after.entries()]).toEqual([...before.entries()])
    expect(after.has(otherLink.id)).toBe(false)
  })

  it('is shown to the owner and an admin only: not to a colleague who may read the handout, another clinician or content staff', async () => {
    await expect(summariseLinkAnswers({ payload, user: admin, handoutId: handout.id })).resolves.toBeInstanceOf(Map)
    for (const user of [colleague, otherClinician, editor, reviewer]) {
      await expect(summariseLinkAnswers({ payload, user, handoutId: handout.id })).rejects.toBeInstanceOf(TeachBackAnswersNotAllowedError)
    }
  })
})

describe('the teach-back outcome recorded in the room', () => {
  it('is recorded by the owner, with the note kept and an audit row naming the outcome only', async () => {
    const note = 'Patient explained the posture; unsure about 911 at first.'
    const updated = await recordTeachBack({ payload, user: owner, handoutId: handout.id, outcome: 'explained', note })
    expect(updated.teachBack?.outcome).toBe('explained')
    expect(updated.teachBack?.note).toBe(note)
    expect(updated.teachBack?.recordedBy).toBe(owner.id)
    expect(updated.teachBack?.recordedAt).toBeTruthy()

    const [row] = await auditRows('teachback.record', handout.id)
    expect(row?.actor).toBe(owner.id)
    expect(row?.detail).toBe('explained')
    expect(JSON.stringify(row)).not.toContain('posture')
  })

  it('refuses a colleague reading a shared handout, another clinician and an editor, and changes nothing', async () => {
    const before = await auditRows('teachback.record', handout.id)
    for (const user of [colleague, otherClinician, editor]) {
      await expect(recordTeachBack({ payload, user, handoutId: handout.id, outcome: 'needs-review' })).rejects.toBeInstanceOf(TeachBackNotAllowedError)
    }
    const stored = await payload.findByID({ collection: 'handouts', id: handout.id, overrideAccess: true, depth: 0 })
    expect(stored.teachBack?.outcome).toBe('explained')
    expect(await auditRows('teachback.record', handout.id)).toHaveLength(before.length)
  })

  it('lets an admin record it, as the handout rules let an admin change a handout', async () => {
    const updated = await recordTeachBack({ payload, user: admin, handoutId: handout.id, outcome: 'showed' })
    expect(updated.teachBack?.outcome).toBe('showed')
    expect(updated.teachBack?.note ?? null).toBeNull()
  })

  it('refuses an unknown outcome and a note over 1000 characters', async () => {
    await expect(recordTeachBack({ payload, user: owner, handoutId: handout.id, outcome: 'nodded' as 'explained' })).rejects.toBeInstanceOf(TeachBackInputError)
    await expect(recordTeachBack({ payload, user: owner, handoutId: handout.id, outcome: 'explained', note: 'x'.repeat(1001) })).rejects.toBeInstanceOf(
      TeachBackInputError,
    )
  })

  it('cannot be written through the API without the server’s flag, even by the owner', async () => {
    const updated = await payload.update({
      collection: 'handouts',
      id: handout.id,
      user: owner,
      overrideAccess: false,
      data: { teachBack: { outcome: 'needs-review', note: 'forged' } },
    })
    expect(updated.teachBack?.outcome).toBe('showed')
  })

  it('shows in "My handouts"', async () => {
    const { rows } = await listMyHandouts({ payload, user: owner })
    expect(rows.find((row) => row.id === handout.id)?.teachBackOutcome).toBe('showed')
    const untouched = rows.filter((row) => row.id !== handout.id)
    expect(untouched.every((row) => row.teachBackOutcome === null)).toBe(true)
  })
})

describe('which questions patients miss, for reviewers', () => {
  it('counts every attempt per question of the topic, for content staff only, with no patient data', async () => {
    const counted = await createTestUser(payload, ['clinician'])
    // A topic of its own, so other tests' answers to the seeded topic cannot change the numbers.
    const fresh = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      draft: true,
      data: {
        title: 'Counts topic',
        slug: `counts-${counted.id}`,
        _status: 'draft',
        sections: [
          { blockType: 'text', heading: 'Rest', body: topic.sections.find((section) => section.blockType === 'text')!.body } as Topic['sections'][number],
        ],
      },
    })
    const restId = fresh.sections[0]!.id!
    const withCheck = await payload.update({
      collection: 'topics',
      id: fresh.id,
      overrideAccess: true,
      draft: true,
      data: {
        sections: [
          ...fresh.sections,
          {
            blockType: 'check',
            heading: 'Check your understanding',
            questions: [
              {
                checksSection: restId,
                kind: 'true-false',
                prompt: 'Resting all day helps most.',
                trueFalseAnswer: 'false',
                explanation: 'Gentle movement helps.',
              },
              { checksSection: restId, kind: 'true-false', prompt: 'You will walk a little each day.', trueFalseAnswer: 'true', explanation: 'Yes.' },
            ],
          },
        ],
      },
    })
    const questions = (withCheck.sections[1] as CheckRow).questions
    const link = await createShareLink({ payload, user: owner, handoutId: handout.id })
    const answers: Array<[number, boolean]> = [
      [0, false],
      [0, false],
      [0, true],
      [1, true],
    ]
    for (const [index, correct] of answers) {
      const question = questions[index]!
      await payload.create({
        collection: 'teach-back-answers',
        overrideAccess: true,
        data: { link: link.id, handout: handout.id, topic: fresh.id, questionId: question.id!, checksSection: restId, answer: correct ? 'x' : 'y', correct },
      })
    }

    for (const user of [reviewer, editor, admin]) {
      const counts = await countMissedQuestions({ payload, user, topicId: fresh.id })
      expect(counts).toEqual([
        { questionId: questions[0]!.id, prompt: 'Resting all day helps most.', checksHeading: 'Rest', asked: 3, missed: 2 },
        { questionId: questions[1]!.id, prompt: 'You will walk a little each day.', checksHeading: 'Rest', asked: 1, missed: 0 },
      ])
      for (const count of counts) expect(Object.keys(count).sort()).toEqual(['asked', 'checksHeading', 'missed', 'prompt', 'questionId'])
    }
    for (const user of [owner, counted]) {
      await expect(countMissedQuestions({ payload, user, topicId: fresh.id })).rejects.toBeInstanceOf(MissedQuestionCountsNotAllowedError)
    }
  })
})
