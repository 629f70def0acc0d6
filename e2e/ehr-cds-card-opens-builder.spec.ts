import crypto from 'node:crypto'

import { expect, test } from '@playwright/test'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'

import { editorToken, publishTopic } from './editorTopicApi'
import { demoAdmin, signInThroughForm } from './fixtures'

interface Card {
  summary: string
  indicator: string
  links: Array<{ label: string; url: string; type: string }>
}

test('EHR: a CDS Hooks card for two problems opens sign-in, then the builder with both topics picked, in the patient’s language', async ({
  browser,
  request,
  baseURL,
}) => {
  const suffix = crypto.randomBytes(3).toString('hex')
  // A second published topic, coded with a SNOMED CT id (the seeded topic is ICD-10-CM M54.6).
  const snomedCode = `9${crypto.randomInt(10_000_000, 99_999_999)}`
  const knee = await publishTopic(request, await editorToken(request), {
    title: `Knee pain ${suffix}`,
    slug: `knee-pain-${suffix}`,
    summary: 'Easing knee pain at home.',
    sections: [{ heading: 'Resting the knee', text: 'Rest the knee for two days and raise it on a cushion.' }],
    codes: [{ system: 'snomedct', code: snomedCode, display: 'Knee pain' }],
  })

  // The admin registers the EHR: its issuer and public key (the key pair is the EHR's, made here).
  const { privateKey, publicKey } = await generateKeyPair('ES384')
  const kid = `ehr-key-${suffix}`
  const issuer = `https://ehr-${suffix}.example.org`
  const login = await request.post('/api/users/login', { data: { email: demoAdmin.email, password: demoAdmin.password } })
  expect(login.status()).toBe(200)
  const adminToken = ((await login.json()) as { token: string }).token
  const registered = await request.post('/api/ehr-clients', {
    headers: { Authorization: `JWT ${adminToken}` },
    data: { name: `Test EHR ${suffix}`, issuer, publicKeys: { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES384', use: 'sig' }] } },
  })
  expect(registered.status(), await registered.text()).toBe(201)

  // The EHR calls the service as CDS Hooks 2.0 has it, with the patient's problems and language prefetched.
  const discovery = (await (await request.get('/cds-services')).json()) as { services: Array<{ id: string }> }
  const serviceUrl = new URL(`/cds-services/${discovery.services[0]!.id}`, baseURL).toString()
  const now = Math.floor(Date.now() / 1000)
  const jwt = await new SignJWT({})
    .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid })
    .setIssuer(issuer)
    .setAudience(serviceUrl)
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .setJti(crypto.randomUUID())
    .sign(privateKey)
  const condition = (system: string, code: string) => ({
    resource: {
      resourceType: 'Condition',
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
      code: { coding: [{ system, code }] },
    },
  })
  const response = await request.post(serviceUrl, {
    headers: { Authorization: `Bearer ${jwt}` },
    data: {
      hook: 'patient-view',
      hookInstance: crypto.randomUUID(),
      context: { userId: 'Practitioner/example', patientId: 'example-patient' },
      prefetch: {
        patient: {
          resourceType: 'Patient',
          id: 'example-patient',
          communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] }, preferred: true }],
        },
        conditions: {
          resourceType: 'Bundle',
          type: 'searchset',
          entry: [condition('http://hl7.org/fhir/sid/icd-10-cm', 'M54.61'), condition('http://snomed.info/sct', snomedCode)],
        },
      },
    },
  })
  expect(response.status(), await response.text()).toBe(200)
  const { cards } = (await response.json()) as { cards: Card[] }
  expect(cards.map((card) => card.summary)).toEqual(['Patient education available: Upper back pain during sleep', `Patient education available: ${knee.title}`])
  const link = cards[0]!.links.find((candidate) => candidate.label.startsWith('Make one handout with all 2 topics'))
  expect(link?.type).toBe('absolute')

  // The clinician clicks it, signed out: sign-in first, then the builder with both topics picked, in Spanish.
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(link!.url)
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/)
  await signInThroughForm(page)
  await expect(page).toHaveURL(new URL(link!.url).pathname + new URL(link!.url).search)
  await expect(page.getByRole('heading', { level: 1, name: 'Make a handout' })).toBeVisible()
  const picked = page.getByRole('list', { name: 'Topics in this handout' })
  await expect(picked.getByRole('listitem')).toHaveCount(2)
  await expect(picked).toContainText('Upper back pain during sleep')
  await expect(picked).toContainText(knee.title)
  await expect(page.getByLabel('Language')).toHaveValue('es')
  await context.close()
})
