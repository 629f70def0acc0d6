import fs from 'node:fs/promises'

import type { Bundle, Observation, QuestionnaireResponse } from '@medplum/fhirtypes'
import { expect, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'
import { describeIssues, r4Errors } from '../tests/fhir/validateR4'

const POSTURE = 'How to lie in bed so your back hurts less'
const LIE_DOWN = /Your back hurts tonight\. How will you lie down to sleep\?/
const CHEST_PAIN = /What will you do if your back hurts and you also have chest pain\?/
const FEVER = /If you get a fever with your back pain, you should call your doctor today\./

test('teach-back: the patient answers through the link, the clinician sees what to re-teach, records the teach-back and takes the record to the EHR', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  // The clinician gives the seeded topic's posture, warning signs and its questions.
  await page.goto('/library/upper-back-pain-during-sleep')
  await signInThroughForm(page)
  await page.getByRole('checkbox', { name: POSTURE, exact: true }).check()
  await page.getByRole('checkbox', { name: 'Check your understanding' }).check()
  await page.getByLabel('Patient name').fill(`Ines Teach ${Date.now()}`)
  await page.getByLabel('EHR patient id').fill('MRN-7788')
  await page.getByRole('button', { name: 'Create handout' }).click()
  await expect(page).toHaveURL(/\/handouts\/\d+$/)
  const handoutPath = new URL(page.url()).pathname
  await page.getByRole('radio', { name: 'None' }).check()
  await page.getByRole('button', { name: 'Create share link' }).click()
  const shareUrl = await page.getByLabel('Patient link').inputValue()
  await expect(page.getByRole('cell', { name: 'Not yet answered' })).toBeVisible()

  // The patient, on a phone and without JavaScript: one wrong, then right after reading the section again.
  const patientContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const patient = await patientContext.newPage()
  await patient.goto(shareUrl)
  const questions = patient.getByRole('region', { name: 'Check your understanding' })
  await questions
    .getByRole('group', { name: LIE_DOWN })
    .getByRole('radio', { name: /On my stomach/ })
    .check()
  await questions.getByRole('group', { name: CHEST_PAIN }).getByRole('radio', { name: 'Call 911 now' }).check()
  await questions.getByRole('group', { name: FEVER }).getByRole('radio', { name: 'True' }).check()
  await questions.getByRole('button', { name: 'Check my answers' }).click()
  await expect(patient.getByText('You got 2 of 3 right.')).toBeVisible()
  await expect(patient.getByRole('group', { name: LIE_DOWN })).toContainText(
    'Lying on your back with a pillow under your neck and your knees keeps your spine straight.',
  )

  // The clinician's next look at the handout: the score and the section to re-teach.
  await page.goto(handoutPath)
  await expect(page.getByRole('cell', { name: /2 of 3 right/ })).toBeVisible()
  await expect(page.getByRole('cell', { name: /Re-teach: How to lie in bed so your back hurts less/ })).toBeVisible()

  // After re-reading, the patient answers again, all right; the clinician now sees nothing to re-teach.
  await patient
    .getByRole('group', { name: LIE_DOWN })
    .getByRole('link', { name: /How to lie in bed/ })
    .click()
  await expect(patient).toHaveURL(/#s-/)
  await patient.goto(shareUrl)
  const again = patient.getByRole('region', { name: 'Check your understanding' })
  await again
    .getByRole('group', { name: LIE_DOWN })
    .getByRole('radio', { name: /On my back/ })
    .check()
  await again.getByRole('group', { name: CHEST_PAIN }).getByRole('radio', { name: 'Call 911 now' }).check()
  await again.getByRole('group', { name: FEVER }).getByRole('radio', { name: 'True' }).check()
  await again.getByRole('button', { name: 'Check my answers' }).click()
  await expect(patient.getByText('You got 3 of 3 right.')).toBeVisible()
  await patientContext.close()
  await page.goto(handoutPath)
  await expect(page.getByRole('cell', { name: /3 of 3 right/ })).toBeVisible()
  await expect(page.getByRole('cell', { name: /Re-teach/ })).toHaveCount(0)

  // In the room: the patient explains it back; the clinician records it.
  const teachBack = page.getByRole('region', { name: 'Teach-back' })
  await teachBack.getByRole('radio', { name: 'Explained it back in their own words' }).check()
  await teachBack.getByRole('button', { name: 'Record teach-back' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Teach-back recorded.' })).toBeVisible()

  // The education record for the EHR: valid FHIR R4, with the answers and the teach-back.
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download education record (FHIR)' }).click()
  const bundle = JSON.parse(await fs.readFile((await (await downloadPromise).path())!, 'utf8')) as Bundle
  expect(describeIssues(r4Errors(bundle))).toEqual([])
  const resources = bundle.entry?.map((entry) => entry.resource!) ?? []
  expect(resources.map((resource) => resource.resourceType).sort()).toEqual([
    'Communication',
    'DocumentReference',
    'Observation',
    'Questionnaire',
    'QuestionnaireResponse',
  ])
  const response = resources.find((resource) => resource.resourceType === 'QuestionnaireResponse') as QuestionnaireResponse
  expect(response.item?.find((item) => item.linkId === 'score')?.answer?.[0]?.valueInteger).toBe(3)
  const observation = resources.find((resource) => resource.resourceType === 'Observation') as Observation
  expect(observation.valueCodeableConcept?.coding?.[0]?.code).toBe('explained')
})
