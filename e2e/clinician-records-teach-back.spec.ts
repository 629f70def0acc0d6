import { expect, test } from '@playwright/test'

import { demoReviewer, signInThroughForm, signInToAdmin } from './fixtures'

test('teach-back: the clinician sees a new link as not yet answered, records the outcome without JavaScript, and finds it in My handouts', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000)
  const patientName = `Teach Back ${Date.now()}`
  await page.goto('/library/upper-back-pain-during-sleep')
  await signInThroughForm(page)
  await page.getByRole('checkbox', { name: 'How to lie in bed so your back hurts less' }).check()
  await page.getByRole('checkbox', { name: 'Check your understanding' }).check()
  await page.getByLabel('Patient name').fill(patientName)
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  const handoutPath = new URL(page.url()).pathname

  await page.getByRole('button', { name: 'Create share link' }).click()
  await expect(page.getByLabel('Patient link')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Not yet answered' })).toBeVisible()

  // The same clinician's session, in a browser with JavaScript off: the form is a plain POST.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
  const plain = await noScript.newPage()
  await plain.goto(handoutPath)
  const teachBack = plain.getByRole('region', { name: 'Teach-back' })
  await teachBack.getByRole('radio', { name: 'Explained it back in their own words' }).check()
  await teachBack.getByLabel('Note (optional)').fill('Said she will sleep on her back tonight.')
  await teachBack.getByRole('button', { name: 'Record teach-back' }).click()
  await expect(plain).toHaveURL(new RegExp(`${handoutPath}\\?teachBack=recorded$`))
  await expect(plain.getByRole('status').filter({ hasText: 'Teach-back recorded.' })).toBeVisible()
  await expect(plain.getByRole('region', { name: 'Teach-back' })).toContainText('Explained it back in their own words — recorded on')
  await expect(plain.getByRole('region', { name: 'Teach-back' })).toContainText('Note: Said she will sleep on her back tonight.')
  await noScript.close()

  await page.goto('/handouts')
  const row = page.getByRole('row').filter({ hasText: patientName })
  await expect(row.getByRole('cell').filter({ hasText: 'Explained it back in their own words' })).toBeVisible()
})

test('teach-back: a reviewer finds, on the topic’s Quality tab, which questions patients miss (counts only)', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage()
  await signInToAdmin(page, demoReviewer)
  const found = await page.request.get('/api/topics?where[slug][equals]=upper-back-pain-during-sleep&depth=0&select[title]=true')
  const { docs } = (await found.json()) as { docs: Array<{ id: number }> }
  await page.goto(`/admin/collections/topics/${docs[0]!.id}`)
  const takeOver = page.getByRole('button', { name: 'Take over' })
  if (
    await takeOver.waitFor({ state: 'visible', timeout: 3_000 }).then(
      () => true,
      () => false,
    )
  )
    await takeOver.click()
  await page.getByRole('button', { name: 'Quality' }).click()
  const missed = page.getByRole('region', { name: 'Questions patients miss' })
  await expect(missed).toBeVisible()
  // The e2e run stores no patient answers (the patient's form is another journey): the panel says so.
  await expect(missed).toContainText('No patient has answered this topic’s questions yet.')
})
