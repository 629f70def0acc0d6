import crypto from 'node:crypto'

import { expect, test } from '@playwright/test'

import { editorToken, publishTopic } from './editorTopicApi'
import { demoEditor, demoReviewer, signInToAdmin } from './fixtures'
import { paragraphsToRichText } from '../lib/content/lexical'

const editor = demoEditor
const reviewer = demoReviewer

test('review: an editor submits a draft, the reviewer finds it in the queue and asks for changes, the editor reads the comment', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  const marker = crypto.randomBytes(4).toString('hex')
  const title = `Review queue topic ${marker}`
  const comment = `Say how many hours of rest (${marker}).`

  // The editor's draft, saved through the API as a content script would (its own cookie jar, not the browser's).
  const login = await request.post('/api/users/login', { data: { email: editor.email, password: editor.password } })
  const { token } = (await login.json()) as { token: string }
  const created = await request.post('/api/topics?draft=true', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      title,
      slug: `review-queue-${marker}`,
      summary: 'Rest and gentle movement.',
      mainMessage: 'Rest, then move a little more each day.',
      sections: [{ blockType: 'text', heading: 'Rest', body: paragraphsToRichText(['Rest for a day or two.']) }],
      _status: 'draft',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const topicId = ((await created.json()) as { doc: { id: number } }).doc.id

  // The editor submits it for review from the edit view.
  await signInToAdmin(page, editor)
  await page.goto(`/admin/collections/topics/${topicId}`)
  await expect(page.getByLabel('Title')).toHaveValue(title)
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Waiting for review.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Submit for review' })).toHaveCount(0)

  // The reviewer sees it on the dashboard and in the topics list's filter.
  const reviewerPage = await (await browser.newContext()).newPage()
  await signInToAdmin(reviewerPage, reviewer)
  const queue = reviewerPage.getByRole('region', { name: /Waiting for review/ })
  await expect(queue.getByRole('link', { name: title })).toBeVisible()
  await reviewerPage.goto('/admin/collections/topics')
  await reviewerPage.getByRole('link', { name: /^Waiting for review \(\d+\)$/ }).click()
  // The admin list reloads with the filter; on two busy cores it can take longer than the default 10 s to hydrate.
  await expect(reviewerPage.getByText('Showing topics waiting for review.')).toBeVisible({ timeout: 30_000 })
  await expect(reviewerPage.getByRole('link', { name: title })).toBeVisible()
  await reviewerPage.getByRole('link', { name: title }).click()
  await expect(reviewerPage).toHaveURL(new RegExp(`/admin/collections/topics/${topicId}`))
  await expect(reviewerPage.locator('#field-title')).toHaveValue(title)
  await reviewerPage.waitForLoadState('networkidle')

  // …and sends it back with a comment.
  await reviewerPage.getByRole('button', { name: 'Request changes' }).click()
  await reviewerPage.getByLabel('What should the editor change?').fill(comment)
  await reviewerPage.getByRole('button', { name: 'Send back to the editor' }).click()
  await expect(reviewerPage.getByRole('status').filter({ hasText: 'Changes requested' })).toContainText(comment)

  // The editor sees the outcome and the comment in the edit view.
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'Changes requested' })).toContainText(comment)
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible()
})

test('review: the topics list tells published and draft grades apart; sections are named by their headings; compare shows readability as figures', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  // A topic published in hard words, then rewritten plainly as a draft.
  const token = await editorToken(request)
  const title = `Night pain ${crypto.randomBytes(3).toString('hex')}`
  const hard =
    'Musculoskeletal discomfort originating in the thoracic region frequently intensifies during nocturnal recumbency, particularly when inappropriate positioning exacerbates paraspinal muscular tension.'
  const topic = await publishTopic(request, token, {
    title,
    slug: title.toLowerCase().replace(/\W+/g, '-'),
    summary: 'Back pain at night.',
    sections: [{ heading: 'Why it hurts', text: hard }],
  })
  const draft = await request.patch(`/api/topics/${topic.id}?draft=true`, {
    headers: { Authorization: `JWT ${token}` },
    data: {
      _status: 'draft',
      sections: [
        {
          blockType: 'text',
          heading: 'Why it hurts',
          body: paragraphsToRichText(['Your back can hurt at night when you lie the wrong way. Lie on your back with a pillow under your knees.']),
        },
      ],
    },
  })
  expect(draft.status()).toBe(200)

  await signInToAdmin(page, reviewer)
  await page.goto('/admin/collections/topics')
  await page.getByPlaceholder('Search by Title').fill(title)
  const row = page.getByRole('row').filter({ hasText: title }).first()
  await expect(row).toContainText(/Published \d+(\.\d)? \(above target\) · Draft -?\d+(\.\d)?/)

  // The list re-renders as the search settles; open the row's address rather than chase its link.
  await page.goto((await row.getByRole('link', { name: title }).getAttribute('href'))!)
  await expect(page).toHaveURL(/\/admin\/collections\/topics\/\d+/)
  await expect(page.locator('.blocks-field__block-header').filter({ hasText: 'Why it hurts' }).first()).toBeVisible()
  await expect(page.locator('.blocks-field__block-header').filter({ hasText: 'Untitled' })).toHaveCount(0)
  // Who signed off the version patients read, with the year.
  await expect(page.getByRole('status').filter({ hasText: /^Published by \S.* on [A-Z][a-z]{2} \d{1,2}, \d{4}$/ })).toBeVisible()

  await page.getByRole('link', { name: 'Compare this draft with the published version' }).click()
  await expect(page).toHaveURL(/\/versions\/[^?]+\?versionFrom=/)
  const readability = page.getByRole('table', { name: 'Readability' })
  await expect(readability).toBeVisible()
  await expect(readability.getByRole('row', { name: /Reading grade \(Flesch-Kincaid\)/ })).toBeVisible()
})

test('review: a version opened from the Versions tab is compared with the published version, not the previous save', async ({ page, request }) => {
  const token = await editorToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const title = `Versions default ${crypto.randomBytes(3).toString('hex')}`
  const topic = await publishTopic(request, token, {
    title,
    slug: title.toLowerCase().replace(/\W+/g, '-'),
    summary: 'Back pain at night.',
    sections: [{ heading: 'Why it hurts', text: 'Your back can hurt at night.' }],
  })
  // Two draft saves after publishing: the previous save of the second is the first, not what patients read.
  for (const text of ['Your back can hurt at night when you lie the wrong way.', 'Your back can hurt at night. Lie with a pillow under your knees.']) {
    const saved = await request.patch(`/api/topics/${topic.id}?draft=true`, {
      headers,
      data: { _status: 'draft', sections: [{ blockType: 'text', heading: 'Why it hurts', body: paragraphsToRichText([text]) }] },
    })
    expect(saved.status()).toBe(200)
  }
  const { docs: versions } = (await (
    await request.get(`/api/topics/versions?where[parent][equals]=${topic.id}&sort=-updatedAt&depth=0`, { headers })
  ).json()) as {
    docs: Array<{ id: number; version: { _status: string } }>
  }
  const [latest, previous] = versions
  const published = versions.find((version) => version.version._status === 'published')!
  expect(latest!.version._status).toBe('draft')
  expect(previous!.version._status).toBe('draft')

  await signInToAdmin(page, reviewer)
  await page.goto(`/admin/collections/topics/${topic.id}/versions`)
  // The newest row, as a reviewer would click it.
  await page.locator(`a[href$="/versions/${latest!.id}"]`).first().click()
  await expect(page).toHaveURL(new RegExp(`/versions/${latest!.id}\\?(.*&)?versionFrom=${published.id}(&|$)`))
  await expect(page.getByText('Currently Published').first()).toBeVisible()
  await expect(page.getByRole('table', { name: 'Readability' })).toBeVisible()

  // A comparison the reviewer picks is kept as picked.
  await page.goto(`/admin/collections/topics/${topic.id}/versions/${latest!.id}?versionFrom=${previous!.id}`)
  await expect(page).toHaveURL(new RegExp(`versionFrom=${previous!.id}$`))
  await expect(page.getByText('Previous Version').first()).toBeVisible()
})
