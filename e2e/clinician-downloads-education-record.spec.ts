import fs from 'node:fs/promises'

import type { Bundle, DocumentReference } from '@medplum/fhirtypes'
import { expect, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'
import { describeIssues, r4Errors } from '../tests/fhir/validateR4'

test('education record: the clinician enters the EHR patient id in the builder and downloads a FHIR record that validates', async ({ page }) => {
  await page.goto('/library/upper-back-pain-during-sleep')
  await signInThroughForm(page)
  await page.getByRole('checkbox', { name: 'How to lie in bed so your back hurts less' }).check()
  await page.getByLabel('Patient name').fill('Elena Record')

  // A name typed into the id box is refused on its own field, before anything is saved.
  await page.getByLabel('EHR patient id').fill('Elena Record')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page.getByText('Enter the EHR patient id as the record system shows it').first()).toBeVisible()
  await page.getByLabel('EHR patient id').fill('MRN-5531')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)

  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Education record' }) })
  await expect(card).toContainText('Filed under their EHR patient id.')
  const downloadPromise = page.waitForEvent('download')
  await card.getByRole('link', { name: 'Download education record (FHIR)' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.fhir\.json$/)
  const bundle = JSON.parse(await fs.readFile((await download.path())!, 'utf8')) as Bundle

  expect(describeIssues(r4Errors(bundle))).toEqual([])
  expect(bundle.type).toBe('collection')
  const document = bundle.entry?.find((entry) => entry.resource?.resourceType === 'DocumentReference')?.resource as DocumentReference
  expect(document.subject).toMatchObject({ identifier: { value: 'MRN-5531' }, display: 'Elena Record' })
  expect(Buffer.from(document.content[0]!.attachment.data!, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-')
})
