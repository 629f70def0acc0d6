import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/lib/content/lexical'
import { createHandout } from '@/lib/handouts/createHandout'
import { handoutSectionSnapshots } from '@/lib/handouts/toHandoutDocumentData'
import { createShareLink } from '@/lib/share/createShareLink'
import { revokeShareLink } from '@/lib/share/revokeShareLink'
import { submitPatientShareAnswer, submitTeachBackAnswers } from '@/lib/share/servePatientShare'
import { recordPatientAnswers } from '@/lib/teachBack/recordPatientAnswers'
import type { TextSectionBlock, Topic } from '@/payload-types'

import { createPublishedTopic, createTestUser, getTestPayload } from './testPayload'

let payload: Payload
let topic: Topic
/** The topic's sections by what they are. */
let ids: { posture: string; rest: string; check: string; pillowQuestion: string; chestQuestion: string; knees: string; feet: string }

const paragraph = (text: string) => paragraphsToRichText([text]) as TextSectionBlock['body']

/**
 * A published topic with a "Check your understanding" section: its questions name the sections they check by
 * block id, which exists only once the topic is saved, so the check is added by a second save.
 */
async function publishTopicWithChecks(): Promise<Topic> {
  const reviewer = await createTestUser(payload, ['reviewer'])
  const suffix = crypto.randomBytes(3).toString('hex')
  const created = await createPublishedTopic(payload, reviewer, {
    title: `Sleeping with back pain ${suffix}`,
    slug: `sleeping-back-pain-${suffix}`,
    summary: 'How to lie in bed.',
    mainMessage: 'Lie on your side with a pillow between your knees.',
    sections: [
      { blockType: 'text', heading: 'How to lie in bed', body: paragraph('Lie on your side. Put a pillow between your knees.') },
      { blockType: 'text', heading: 'Rest', body: paragraph('Rest for a day or two, then move a little more each day.') },
    ],
  })
  const [posture, rest] = created.sections
  return payload.update({
    collection: 'topics',
    id: created.id,
    user: reviewer,
    overrideAccess: false,
    data: {
      _status: 'published',
      // The questions raise no new flag: the reviewer accepts again what the topic raised.
      acknowledgedFlags: created.qualityFlags ?? [],
      sections: [
        ...created.sections,
        {
          blockType: 'check',
          heading: 'Check your understanding',
          questions: [
            {
              checksSection: posture!.id!,
              kind: 'multiple-choice',
              prompt: 'Where will you put the pillow tonight?',
              options: [
                { text: 'Between my knees', correct: true },
                { text: 'Under my feet', correct: false },
              ],
              explanation: 'A pillow between your knees keeps your back straight.',
            },
            {
              checksSection: rest!.id!,
              kind: 'true-false',
              prompt: 'You should stay in bed for a week.',
              trueFalseAnswer: 'false',
              explanation: 'Rest a day or two, then move a little more each day.',
            },
          ],
        },
      ],
    },
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  topic = await publishTopicWithChecks()
  const check = topic.sections.find((section) => section.blockType === 'check')
  if (check?.blockType !== 'check') throw new Error('check section missing')
  const [pillow, chest] = check.questions
  ids = {
    posture: topic.sections[0]!.id!,
    rest: topic.sections[1]!.id!,
    check: check.id!,
    pillowQuestion: pillow!.id!,
    chestQuestion: chest!.id!,
    knees: pillow!.options![0]!.id!,
    feet: pillow!.options![1]!.id!,
  }
})

function freshAddress(): string {
  return `203.0.113.${crypto.randomInt(1, 255)}-${crypto.randomBytes(4).toString('hex')}`
}

async function shareHandout(options: Partial<Parameters<typeof createShareLink>[0]> = {}) {
  const clinician = await createTestUser(payload, ['clinician'])
  const handout = await createHandout({
    payload,
    user: clinician,
    input: { sections: topic.sections.map((section) => ({ topicId: topic.id, sectionId: section.id! })), patientName: 'Pat Answer' },
  })
  const link = await createShareLink({ payload, user: clinician, handoutId: handout.id, ...options })
  return { clinician, handout, link, token: link.path.replace('/p/', '') }
}

type Fields = Array<[string, string]>

/** The form as the page sends it: the section, then one radio value per question. */
function answers({ pillow = 'knees', chest = 'false' }: { pillow?: 'knees' | 'feet' | null; chest?: string | null } = {}): Fields {
  const fields: Fields = [['section', ids.check]]
  if (pillow) fields.push([`q-${ids.pillowQuestion}`, ids[pillow]])
  if (chest) fields.push([`q-${ids.chestQuestion}`, chest])
  return fields
}

function post(
  token: string,
  fields: Fields,
  { cookie, headers = {}, body }: { cookie?: string; headers?: Record<string, string>; body?: BodyInit } = {},
): Request {
  return new Request(`http://127.0.0.1/p/${token}/answers`, {
    method: 'POST',
    headers: {
      'x-forwarded-for': freshAddress(),
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://127.0.0.1',
      host: '127.0.0.1',
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: body ?? new URLSearchParams(fields).toString(),
  })
}

const submit = (token: string, request: Request, now?: Date) => submitTeachBackAnswers({ payload, request, token, now, rateLimit: 10_000 })

interface StoredAnswer {
  link: number
  handout: number
  topic: number | null
  question_id: string
  checks_section: string
  answer: string
  correct: boolean
}

async function storedAnswers(where: { linkId?: number; handoutId?: number }): Promise<StoredAnswer[]> {
  const filter = where.linkId !== undefined ? sql`link_id = ${where.linkId}` : sql`handout_id = ${where.handoutId!}`
  const { rows } = await payload.db.drizzle.execute(
    sql`SELECT link_id AS link, handout_id AS handout, topic_id AS topic, question_id, checks_section, answer, correct FROM teach_back_answers WHERE ${filter} ORDER BY id`,
  )
  return rows as unknown as StoredAnswer[]
}

async function answerAudits(handoutId: number): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'audit-events',
    where: { and: [{ action: { equals: 'teachback.answer' } }, { targetId: { equals: String(handoutId) } }] },
    overrideAccess: true,
    sort: 'createdAt',
    limit: 100,
  })
  return docs.map((doc) => doc.detail ?? '')
}

describe('patient answers to "Check your understanding"', () => {
  it('shows the questions after the sections, each a fieldset with a legend, in one form per check section', async () => {
    const { token } = await shareHandout()
    const { servePatientSharePage } = await import('@/lib/share/servePatientShare')
    const page = await (await servePatientSharePage({ payload, request: new Request(`http://127.0.0.1/p/${token}`), token, rateLimit: 10_000 })).text()
    expect(page).toContain(`<form id="check-${ids.check}" class="check-form" method="post" action="/p/${token}/answers">`)
    expect(page).toContain('Where will you put the pillow tonight?</span></legend>')
    expect(page.indexOf('<h2 id="check-heading">Check your understanding</h2>')).toBeGreaterThan(page.indexOf('How to lie in bed</h2>'))
    // Listed once: the check section is answered in its own part, not also shown among the sections.
    expect(page.match(/Where will you put the pillow tonight\?/g)).toHaveLength(1)
  })

  it('stores each answer against the link it came through, with the page showing right or not, the explanation and the way back', async () => {
    const { handout, link, token } = await shareHandout()
    const other = await shareHandout()

    const wrong = await submit(token, post(token, answers({ pillow: 'feet' })))
    expect(wrong.status).toBe(200)
    expect(wrong.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(wrong.headers.get('cache-control')).toBe('private, no-store')
    const page = await wrong.text()
    expect(page).toContain('You got 1 of 2 right.')
    expect(page).toContain('<strong>Not quite.</strong> <span>A pillow between your knees keeps your back straight.</span>')
    expect(page).toContain(`<a href="#s-${ids.posture}">How to lie in bed</a>`)
    expect(page).toContain(`<h2 id="s-${ids.posture}">How to lie in bed</h2>`)
    expect(page).toContain(`id="q-${ids.pillowQuestion}-${ids.feet}" name="q-${ids.pillowQuestion}" value="${ids.feet}" checked>`)
    expect(page).not.toContain('Pat Answer</script>')

    // After reading again, the right answers: a new submission, kept beside the first.
    const right = await submit(token, post(token, answers()))
    expect(right.status).toBe(200)
    expect(await right.text()).toContain('You got 2 of 2 right.')

    const rows = await storedAnswers({ linkId: link.id })
    expect(rows).toEqual([
      { link: link.id, handout: handout.id, topic: topic.id, question_id: ids.pillowQuestion, checks_section: ids.posture, answer: ids.feet, correct: false },
      { link: link.id, handout: handout.id, topic: topic.id, question_id: ids.chestQuestion, checks_section: ids.rest, answer: 'false', correct: true },
      { link: link.id, handout: handout.id, topic: topic.id, question_id: ids.pillowQuestion, checks_section: ids.posture, answer: ids.knees, correct: true },
      { link: link.id, handout: handout.id, topic: topic.id, question_id: ids.chestQuestion, checks_section: ids.rest, answer: 'false', correct: true },
    ])
    expect(await storedAnswers({ linkId: other.link.id })).toEqual([])
    expect(await storedAnswers({ handoutId: other.handout.id })).toEqual([])
    // One audit row per submission, counts only: no question, answer or patient.
    expect(await answerAudits(handout.id)).toEqual([`link ${link.tokenId}: 2 answered, 1 right`, `link ${link.tokenId}: 2 answered, 2 right`])
    // Opening the page again shows the questions fresh.
    const { servePatientSharePage } = await import('@/lib/share/servePatientShare')
    const later = await (await servePatientSharePage({ payload, request: new Request(`http://127.0.0.1/p/${token}`), token, rateLimit: 10_000 })).text()
    expect(later).not.toContain('checked')
    expect(later).not.toContain('You got')
  })

  it('refuses answers through an expired, revoked or closed link with the page’s own 410, storing nothing', async () => {
    const now = new Date('2026-03-01T00:00:00Z')
    const expired = await shareHandout({ now, validForDays: 7 })
    const response = await submit(expired.token, post(expired.token, answers()), new Date('2026-03-08T00:00:00Z'))
    expect(response.status).toBe(410)
    expect(await response.text()).toContain('<h1>This link has expired</h1>')

    const revoked = await shareHandout()
    // The page was read while the link was live; the answers arrive after the clinician revoked it.
    expect((await submit(revoked.token, post(revoked.token, answers({ chest: null })))).status).toBe(400)
    await revokeShareLink({ payload, user: revoked.clinician, shareLinkId: revoked.link.id })
    const replay = await submit(revoked.token, post(revoked.token, answers()))
    expect(replay.status).toBe(410)
    expect(await replay.text()).toContain('<h1>This handout is no longer available</h1>')

    const closed = await shareHandout()
    await payload.db.drizzle.execute(sql`UPDATE share_links SET blocked_at = now() WHERE id = ${closed.link.id}`)
    const blocked = await submit(closed.token, post(closed.token, answers()))
    expect(blocked.status).toBe(410)
    expect(await blocked.text()).toContain('<h1>This link is closed</h1>')

    const deleted = await shareHandout()
    await payload.db.drizzle.execute(sql`UPDATE handouts SET deleted_at = now() WHERE id = ${deleted.handout.id}`)
    expect((await submit(deleted.token, post(deleted.token, answers()))).status).toBe(410)

    const unknown = crypto.randomBytes(32).toString('base64url')
    expect((await submit(unknown, post(unknown, answers()))).status).toBe(404)

    for (const { link, handout } of [expired, revoked, closed, deleted]) {
      expect(await storedAnswers({ linkId: link.id })).toEqual([])
      expect(await answerAudits(handout.id)).toEqual([])
    }
  })

  it('stores nothing when the link is revoked between reading the page and writing the answers', async () => {
    const { clinician, handout, link } = await shareHandout()
    const check = handoutSectionSnapshots(handout).find((section) => section.blockType === 'check')
    if (check?.blockType !== 'check') throw new Error('check section missing')
    const toRecord = check.body.questions.map((question) => ({ question, answer: question.correctAnswer, correct: true, topicId: topic.id }))
    expect(await recordPatientAnswers({ payload, linkId: link.id, answers: toRecord })).toBe(2)
    await revokeShareLink({ payload, user: clinician, shareLinkId: link.id })
    expect(await recordPatientAnswers({ payload, linkId: link.id, answers: toRecord })).toBeNull()
    expect(await storedAnswers({ linkId: link.id })).toHaveLength(2)
    expect(await answerAudits(handout.id)).toHaveLength(1)
  })

  it('asks for the patient check first when the link has one, and takes the answers once it is passed', async () => {
    const { link, token } = await shareHandout({ accessCheck: 'access-code' })
    const refused = await submit(token, post(token, answers()))
    expect(refused.status).toBe(403)
    const page = await refused.text()
    expect(page).toContain('<h1>Confirm it is you</h1>')
    // Its form posts to the page, which checks the code, not to the answers route.
    expect(page).toContain(`<form method="post" action="/p/${token}">`)
    expect(page).not.toContain('Where will you put the pillow')
    expect(await storedAnswers({ linkId: link.id })).toEqual([])

    const granted = await submitPatientShareAnswer({
      payload,
      token,
      rateLimit: 10_000,
      request: new Request(`http://127.0.0.1/p/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://127.0.0.1', host: '127.0.0.1', 'x-forwarded-for': freshAddress() },
        body: new URLSearchParams({ answer: link.accessCode! }).toString(),
      }),
    })
    const cookie = granted.headers.get('set-cookie')!.split(';')[0]!
    expect((await submit(token, post(token, answers(), { cookie }))).status).toBe(200)
    expect(await storedAnswers({ linkId: link.id })).toHaveLength(2)
    // Another link's cookie is not this link's check.
    const other = await shareHandout({ accessCheck: 'access-code' })
    expect((await submit(other.token, post(other.token, answers(), { cookie }))).status).toBe(403)
  })

  it('keeps the answers given and announces the question left out, storing nothing', async () => {
    const { link, token } = await shareHandout()
    const response = await submit(token, post(token, answers({ pillow: null, chest: 'true' })))
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).toContain('role="alert"')
    expect(page).toContain(`<li><a href="#q-${ids.pillowQuestion}-${ids.knees}">Choose an answer to question 1.</a></li>`)
    expect(page).toContain(`name="q-${ids.chestQuestion}" value="true" checked>`)
    expect(await storedAnswers({ linkId: link.id })).toEqual([])
  })

  const badInputs: Array<[string, () => { fields: Fields; options?: Parameters<typeof post>[2] }, number]> = [
    ['an unknown question', () => ({ fields: [...answers(), ['q-5f0000000000000000000000', 'true']] }), 400],
    ['an option the question does not offer', () => ({ fields: answers({ chest: 'maybe' }) }), 400],
    ['another question’s option', () => ({ fields: answers({ chest: ids.knees }) }), 400],
    ['a question answered twice', () => ({ fields: [...answers(), [`q-${ids.chestQuestion}`, 'true']] }), 400],
    ['no section', () => ({ fields: answers().slice(1) }), 400],
    ['a section not in the handout', () => ({ fields: [['section', 'nope'], ...answers().slice(1)] }), 400],
    ['a field the form does not have', () => ({ fields: [...answers(), ['patientName', 'Pat']] }), 400],
    ['no answers at all', () => ({ fields: [['section', ids.check]] }), 400],
    ['an oversized body', () => ({ fields: [], options: { body: `${new URLSearchParams(answers()).toString()}&pad=${'x'.repeat(8_000)}` } }), 413],
    [
      'a JSON body',
      () => ({ fields: [], options: { headers: { 'content-type': 'application/json' }, body: JSON.stringify(Object.fromEntries(answers())) } }),
      415,
    ],
    ['a multipart body', () => ({ fields: answers(), options: { headers: { 'content-type': 'multipart/form-data; boundary=x' } } }), 415],
  ]

  it.each(badInputs)('refuses %s with a clear 4xx and stores nothing', async (_, input, status) => {
    const { link, handout, token } = await shareHandout()
    const { fields, options } = input()
    const response = await submit(token, post(token, fields, options))
    expect(response.status).toBe(status)
    // In words, on the handout's own page, the questions ready to answer again.
    const page = await response.text()
    expect(page).toMatch(/We could not read your answers|Choose an answer to question/)
    expect(page).toContain(`<form id="check-${ids.check}"`)
    expect(await storedAnswers({ linkId: link.id })).toEqual([])
    expect(await answerAudits(handout.id)).toEqual([])
  })

  it('refuses a form posted from another site, before reading the link', async () => {
    const { link, token } = await shareHandout()
    for (const origin of ['https://evil.example', 'null']) {
      const response = await submit(token, post(token, answers(), { headers: { origin } }))
      expect(response.status).toBe(403)
      expect(await response.text()).toMatch(/only works on the page your clinic’s link opens/)
    }
    expect(await storedAnswers({ linkId: link.id })).toEqual([])
  })

  it('is rate-limited like the page', async () => {
    const { link, token } = await shareHandout()
    const address = freshAddress()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 3; attempt++) {
      statuses.push((await submitTeachBackAnswers({ payload, request: post(token, answers()), token, rateLimit: 2, clientAddress: address })).status)
    }
    expect(statuses).toEqual([200, 200, 429])
    expect(await storedAnswers({ linkId: link.id })).toHaveLength(4)
  })

  it('counts exactly under 20 concurrent submissions', async () => {
    const { link, handout, token } = await shareHandout()
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => submit(token, post(token, answers({ pillow: index % 2 === 0 ? 'knees' : 'feet' })))),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200))
    const rows = await storedAnswers({ linkId: link.id })
    expect(rows).toHaveLength(40)
    expect(rows.filter((row) => row.question_id === ids.pillowQuestion && row.correct)).toHaveLength(10)
    expect(rows.filter((row) => row.question_id === ids.pillowQuestion && !row.correct)).toHaveLength(10)
    expect(await answerAudits(handout.id)).toHaveLength(20)
  })
})
