import crypto from 'node:crypto'

import { expect, type Page, test } from '@playwright/test'

import { editorToken, publishTopic } from './editorTopicApi'
import { signInThroughForm } from './fixtures'

/** A word only this spec's topics carry, so the counts are this spec's alone. */
const marker = `qx${crypto.randomBytes(4).toString('hex')}`
const TOPICS = 27

test.beforeAll(async ({ request }) => {
  const token = await editorToken(request)
  for (let index = 0; index < TOPICS; index++) {
    const number = String(index + 1).padStart(2, '0')
    await publishTopic(request, token, {
      title: `Library paging ${number} ${marker}`,
      slug: `library-paging-${number}-${marker}`,
      summary: `A test topic for paging (${marker}).`,
      sections: [{ heading: 'Rest', text: 'Rest for a day or two.' }],
    })
  }
})

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search topics' })
const pages = (page: Page) => page.getByRole('navigation', { name: 'Pages' })

async function search(page: Page, query: string) {
  await searchBox(page).fill(query)
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query).replace(/\./g, '\\.').replace(/%20/g, '\\+')}`))
}

test('library: a clinician finds topics by a code prefix, pages through results, and is told what to try when nothing matches', async ({ page }) => {
  await page.goto('/library')
  await signInThroughForm(page)
  await expect(page).toHaveURL(/\/library$/)

  // A code's category finds the topics coded under it, however it is typed; the box keeps the query.
  for (const query of ['M54', 'm54', 'M54.']) {
    await search(page, query)
    await expect(page.getByRole('link', { name: 'Upper back pain during sleep' })).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: 'Upper back pain during sleep' })).toContainText('M54.6')
    await expect(searchBox(page)).toHaveValue(query)
  }

  // Paging: 25 a page, "Showing x–y of n", a labelled nav of page buttons (they carry the ticks, see below).
  await search(page, marker)
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing 1–25 of ${TOPICS} topics for “${marker}”`)
  await expect(page.getByRole('checkbox', { name: /^Add Library paging/ })).toHaveCount(25)
  await expect(pages(page).locator('[aria-current="page"]')).toHaveText('Page 1')
  await expect(pages(page).getByRole('button', { name: 'Previous page' })).toHaveCount(0)
  await pages(page).getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL(new RegExp(`q=${marker}&.*page=2$`))
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing 26–27 of ${TOPICS} topics for “${marker}”`)
  await expect(page.getByRole('checkbox', { name: /^Add Library paging/ })).toHaveCount(2)
  await expect(pages(page).getByRole('button', { name: 'Next page' })).toHaveCount(0)
  await expect(pages(page).getByRole('button', { name: 'Previous page' })).toBeVisible()
  await expect(searchBox(page)).toHaveValue(marker)
  await pages(page).getByRole('button', { name: 'Page 1', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing 1–25 of ${TOPICS} topics for “${marker}”`)

  // Nothing matches: what to try, with links.
  await search(page, `${marker}x nothing here`)
  await expect(page.getByText('No published topics match your search.')).toBeVisible()
  await expect(page.getByText('checking the spelling')).toBeVisible()
  await expect(page.getByRole('link', { name: `${marker}x`, exact: true })).toHaveAttribute('href', `/library?q=${marker}x`)
  await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'All topics' })).toBeVisible()
  await page.getByRole('link', { name: 'M54', exact: true }).click()
  await expect(page.getByRole('link', { name: 'Upper back pain during sleep' })).toBeVisible()

  // Page numbers typed by hand get a clear answer, never an error.
  for (const bad of ['abc', '-1', '0']) {
    const response = await page.goto(`/library?q=${marker}&page=${bad}`)
    expect(response?.status(), bad).toBe(200)
    await expect(page.getByText('That page number was not a whole number from 1 up, so this is page 1.')).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing 1–25 of ${TOPICS} topics for “${marker}”`)
  }
  const pastTheEnd = await page.goto(`/library?q=${marker}&page=99999`)
  expect(pastTheEnd?.status()).toBe(200)
  await expect(page.getByText('There is no page 99999: these results fill 2 pages.')).toBeVisible()
  await page.getByRole('link', { name: 'Go to the last page (2)' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing 26–27 of ${TOPICS} topics for “${marker}”`)
})

const title = (number: number) => `Library paging ${String(number).padStart(2, '0')} ${marker}`
const pick = (number: number) => `Add ${title(number)} to a new handout`
const tickedElsewhere = (page: Page) => page.getByRole('group', { name: /^Ticked in other searches or pages/ })

test('library: topics ticked on one page stay ticked on the next, back again and in another search, and all start the handout', async ({ page }) => {
  await page.goto('/library')
  await signInThroughForm(page)
  await search(page, marker)
  await page.getByRole('checkbox', { name: pick(3) }).check()

  await pages(page).getByRole('button', { name: 'Next page' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing 26–27 of ${TOPICS} topics for “${marker}”`)
  await expect(tickedElsewhere(page).getByRole('checkbox', { name: title(3) })).toBeChecked()
  await page.getByRole('checkbox', { name: pick(27) }).check()

  // Back on page 1, its tick is where it was made, and page 2's is listed above the results.
  await pages(page).getByRole('button', { name: 'Page 1', exact: true }).click()
  await expect(page.getByRole('checkbox', { name: pick(3) })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: pick(4) })).not.toBeChecked()
  await expect(tickedElsewhere(page).getByRole('checkbox')).toHaveCount(1)
  await expect(tickedElsewhere(page).getByRole('checkbox', { name: title(27) })).toBeChecked()

  // Another search keeps both; a tick taken off stays off.
  await search(page, 'M54')
  await expect(tickedElsewhere(page).getByRole('checkbox')).toHaveCount(2)
  await page.getByRole('checkbox', { name: 'Add Upper back pain during sleep to a new handout' }).check()
  await tickedElsewhere(page)
    .getByRole('checkbox', { name: title(27) })
    .uncheck()
  await page.getByRole('button', { name: 'Start a handout with the ticked topics' }).click()

  await expect(page).toHaveURL(/\/handouts\/new\?/)
  const chips = page.getByRole('list', { name: 'Topics in this handout' })
  await expect(chips).toContainText(title(3))
  await expect(chips).toContainText('Upper back pain during sleep')
  await expect(chips).not.toContainText(title(27))
  await expect(chips.getByRole('listitem')).toHaveCount(2)
})

test('library: search and paging work without JavaScript', async ({ page, browser }) => {
  await page.goto('/library')
  await signInThroughForm(page)
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
  try {
    const plain = await noScript.newPage()
    await plain.goto('/library')
    await searchBox(plain).fill(marker)
    await searchBox(plain).press('Enter')
    await expect(plain).toHaveURL(new RegExp(`q=${marker}`))
    await expect(plain.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing 1–25 of ${TOPICS} topics for “${marker}”`)
    await plain.getByRole('checkbox', { name: pick(3) }).check()
    await pages(plain).getByRole('button', { name: 'Next page' }).click()
    await expect(plain.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing 26–27 of ${TOPICS} topics for “${marker}”`)
    await expect(searchBox(plain)).toHaveValue(marker)
    // The tick made on page 1 came along, without any script.
    await expect(tickedElsewhere(plain).getByRole('checkbox', { name: title(3) })).toBeChecked()
  } finally {
    await noScript.close()
  }
})
