import { expect, type APIRequestContext } from '@playwright/test'

import { paragraphsToRichText } from '../lib/content/lexical'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

// Publishing is a reviewer's job (editors only save drafts), so the topic scripts sign in as the demo reviewer.
const demoReviewer = DEMO_ACCOUNTS.find((account) => account.roles.includes('reviewer'))!
/** Short test topics raise these content-quality flags (PEMAT-P unrated, no plan or pictures); the reviewer knowingly accepts them. */
const ACCEPTED_FLAGS = [
  'no-sources',
  'no-warning-signs',
  'grade-above-target',
  'section-grade-above-target',
  'pemat-incomplete',
  'pemat-understandability-low',
  'pemat-actionability-low',
]

export interface TopicSectionInput {
  heading: string
  text: string
}

export interface CreatedTopic {
  id: number
  slug: string
  title: string
  sections: Array<{ id: string; heading: string; blockType: string; body: unknown }>
}

/** Signs the demo reviewer in through Payload's REST API, as a content team's script would. */
export async function editorToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: { email: demoReviewer.email, password: demoReviewer.password } })
  expect(response.status()).toBe(200)
  const body = (await response.json()) as { token?: string }
  expect(body.token).toBeTruthy()
  return body.token!
}

export async function publishTopic(
  request: APIRequestContext,
  token: string,
  topic: {
    title: string
    slug: string
    summary: string
    sections: TopicSectionInput[]
    codes?: Array<{ system: 'icd10cm' | 'snomedct'; code: string; display: string }>
  },
): Promise<CreatedTopic> {
  const response = await request.post('/api/topics?draft=true', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      ...topic,
      // Required to publish; these test topics' summaries serve as their main message.
      mainMessage: topic.summary,
      _status: 'draft',
      sections: topic.sections.map((section) => ({ blockType: 'text', heading: section.heading, body: paragraphsToRichText([section.text]) })),
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  const draft = ((await response.json()) as { doc: CreatedTopic & { qualityFlags?: string[] } }).doc
  return acceptFlagsAndPublish(request, token, draft.id, draft.qualityFlags ?? [])
}

/** The reviewer knowingly accepts the flags the saved draft raises (only raised flags can be accepted), and publishes. */
async function acceptFlagsAndPublish(request: APIRequestContext, token: string, id: number, raised: string[]): Promise<CreatedTopic> {
  const accepted = raised.filter((flag) => ACCEPTED_FLAGS.includes(flag))
  const response = await request.patch(`/api/topics/${id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { _status: 'published', acknowledgedFlags: accepted },
  })
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { doc: CreatedTopic }).doc
}

/** Republishes the topic with one section's heading and text changed. */
export async function reviseSection(
  request: APIRequestContext,
  token: string,
  topic: CreatedTopic,
  sectionHeading: string,
  change: TopicSectionInput,
): Promise<void> {
  const sections = topic.sections.map((section) =>
    section.heading === sectionHeading ? { ...section, heading: change.heading, body: paragraphsToRichText([change.text]) } : section,
  )
  const response = await request.patch(`/api/topics/${topic.id}?draft=true`, {
    headers: { Authorization: `JWT ${token}` },
    data: { sections, _status: 'draft' },
  })
  expect(response.status(), await response.text()).toBe(200)
  const draft = ((await response.json()) as { doc: { qualityFlags?: string[] } }).doc
  await acceptFlagsAndPublish(request, token, topic.id, draft.qualityFlags ?? [])
}

/** A question of a "Check your understanding" section, naming the section it checks by heading. */
export interface CheckQuestionInput {
  checks: string
  prompt: string
  explanation: string
  /** Multiple choice: the options, the right one first. True/false: the statement's truth. */
  answer: { options: [right: string, ...wrong: string[]] } | { statement: 'true' | 'false' }
}

/**
 * Adds a "Check your understanding" section and republishes. Its questions name the sections they check by block
 * id, which exists only once the topic is saved: so a second save, as an editor adds questions to a topic.
 */
export async function addCheckSection(request: APIRequestContext, token: string, topic: CreatedTopic, questions: CheckQuestionInput[]): Promise<CreatedTopic> {
  const sectionId = (heading: string) => topic.sections.find((section) => section.heading === heading)!.id
  const check = {
    blockType: 'check',
    heading: 'Check your understanding',
    questions: questions.map(({ checks, prompt, explanation, answer }) =>
      'options' in answer
        ? {
            checksSection: sectionId(checks),
            kind: 'multiple-choice',
            prompt,
            explanation,
            options: answer.options.map((text, index) => ({ text, correct: index === 0 })),
          }
        : { checksSection: sectionId(checks), kind: 'true-false', prompt, explanation, trueFalseAnswer: answer.statement },
    ),
  }
  const response = await request.patch(`/api/topics/${topic.id}?draft=true`, {
    headers: { Authorization: `JWT ${token}` },
    data: { sections: [...topic.sections, check], _status: 'draft' },
  })
  expect(response.status(), await response.text()).toBe(200)
  const draft = ((await response.json()) as { doc: { qualityFlags?: string[] } }).doc
  return acceptFlagsAndPublish(request, token, topic.id, draft.qualityFlags ?? [])
}
