import fs from 'node:fs'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { demoAdmin, demoEditor, signInToAdmin } from './fixtures'

test('content packs: an admin downloads a pack of a published topic, imports it back as drafts and sees the summary; a changed pack is refused', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  await signInToAdmin(page, demoAdmin)
  // The admin's navigation offers the page (it may be folded away on a narrow window, so the test goes there directly).
  await expect(page.getByRole('link', { name: 'Content packs' })).toHaveAttribute('href', '/admin/content-packs')
  await page.goto('/admin/content-packs')
  await expect(page.getByRole('heading', { level: 1, name: 'Content packs' })).toBeVisible({ timeout: 30_000 })

  await page.getByLabel('Find published topics').fill('Upper back')
  await page
    .getByRole('checkbox', { name: /upper back pain/i })
    .first()
    .check()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download a pack of 1 topic' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^careleaf-content-pack-\d{4}-\d{2}-\d{2}\.zip$/u)
  const packPath = testInfo.outputPath('pack.zip')
  await download.saveAs(packPath)

  const importPack = async (file: string) => {
    await page.getByLabel('Content pack (.zip)').setInputFiles(file)
    await page.getByRole('button', { name: 'Import the pack' }).click()
  }
  const topicsRow = page.getByRole('row', { name: /^Topics/ })

  // Twice: the first import creates the topic as a draft (or found it from an earlier try), the second leaves it untouched.
  await importPack(packPath)
  await expect(page.getByRole('status').filter({ hasText: 'Imported the pack Careleaf Demo Clinic made on' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('button', { name: 'Import the pack' })).toBeEnabled({ timeout: 30_000 })
  await importPack(packPath)
  await expect(page.getByRole('button', { name: 'Import the pack' })).toBeEnabled({ timeout: 30_000 })
  await expect(topicsRow.getByRole('cell')).toHaveText(['0', '0', '1', '0', '0'], { timeout: 30_000 })

  const changed = Buffer.from(fs.readFileSync(packPath))
  changed.writeUInt8(changed.readUInt8(200) ^ 0x01, 200)
  const changedPath = testInfo.outputPath('changed.zip')
  fs.writeFileSync(changedPath, changed)
  await importPack(changedPath)
  await expect(page.getByRole('alert').filter({ hasText: 'This content pack was refused and nothing was imported:' })).toBeVisible({ timeout: 30_000 })

  try {
    // The drafts to review, from the link under the summary of the last import that went through.
    await importPack(packPath)
    await page.getByRole('link', { name: 'Review the imported drafts' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/topics\?/u)
    await expect(page.getByRole('link', { name: /upper back pain/i }).first()).toBeVisible({ timeout: 30_000 })
  } finally {
    // The imported copy has the seeded topic's title: the journeys that open "Upper back pain during sleep" in the admin must find one.
    await deleteImportedTopics(page.request)
  }
})

async function deleteImportedTopics(request: APIRequestContext): Promise<void> {
  const found = await request.get('/api/topics?where[importedFrom.publisher][equals]=careleaf-pack&draft=true&depth=0&limit=100')
  expect(found.status()).toBe(200)
  for (const { id } of ((await found.json()) as { docs: { id: number }[] }).docs) {
    expect((await request.delete(`/api/topics/${id}`)).status()).toBe(200)
  }
}

test('content packs: an editor gets no link to the page, is told it is for admins, and the API refuses them', async ({ page }) => {
  await signInToAdmin(page, demoEditor)
  await expect(
    page
      .getByRole('link', { name: 'Collections' })
      .or(page.getByRole('link', { name: 'Topics' }))
      .first(),
  ).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('link', { name: 'Content packs' })).toHaveCount(0)
  await page.goto('/admin/content-packs')
  await expect(page.getByText('Only an admin can export or import content packs.')).toBeVisible({ timeout: 30_000 })
  const refused = await page.request.get('/api/topics/content-packs/export?topics=1')
  expect(refused.status()).toBe(403)
  expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe('Only an admin can export a content pack.')
})
