import crypto from 'node:crypto'
import { readFile } from 'node:fs/promises'

import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { signInThroughForm } from './fixtures'
import { rememberSecret } from './secretsLedger'
import { paragraphsToRichText } from '../lib/content/lexical'
import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!
const body = paragraphsToRichText(['Sleep on your side with a pillow between your knees.'])

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(violations.map((violation) => `${label}: ${violation.id} — ${violation.help}`)).toEqual([])
}

async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const { token } = (await (await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })).json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/**
 * Issue 6, team sharing: an admin ticks "Colleagues can see this clinician's
 * handouts" in the admin; a colleague then finds the handout under "Shared by
 * colleagues", opens it read-only and downloads its PDF, which is audited with
 * the colleague as actor. (What a colleague may not do is covered by
 * tests/int/teamSharing.int.test.ts and both access-matrix tests.)
 */
test('team sharing: an admin marks a clinician as sharing; a colleague opens and downloads their handout, read-only and audited', async ({
  page,
  browser,
  request,
}) => {
  const headers = await adminHeaders(request)
  const suffix = crypto.randomBytes(3).toString('hex')
  const password = `team sharing passphrase ${suffix}`
  rememberSecret(password)
  const makeClinician = async (tag: string, name: string) => {
    const response = await request.post('/api/users', {
      headers,
      data: { email: `team-${tag}-${suffix}@e2e.careleaf.local`, password, name, roles: ['clinician'] },
    })
    expect(response.status()).toBe(201)
    return ((await response.json()) as { doc: { id: number; email: string } }).doc
  }
  const sharerName = `Dr Sharer ${suffix}`
  const sharer = await makeClinician('sharer', sharerName)
  const colleague = await makeClinician('colleague', `Dr Colleague ${suffix}`)
  const { docs: topics } = (await (await request.get('/api/topics?where[slug][equals]=upper-back-pain-during-sleep&depth=0', { headers })).json()) as {
    docs: { id: number }[]
  }
  const patientName = `Team Patient ${suffix}`
  const made = await request.post('/api/handouts', {
    headers,
    data: {
      title: 'Upper back pain during sleep',
      patientName,
      clinician: sharer.id,
      sections: [
        { topic: topics[0]!.id, topicTitle: 'Upper back pain during sleep', sectionId: 'team', heading: 'Sleeping position', blockType: 'text', body },
      ],
    },
  })
  expect(made.status()).toBe(201)
  const handoutId = ((await made.json()) as { doc: { id: number } }).doc.id

  // The colleague sees only their own (empty) list until the admin marks the sharer.
  await page.goto('/handouts')
  await signInThroughForm(page, { email: colleague.email, password })
  await expect(page.getByRole('heading', { level: 1, name: 'My handouts' })).toBeVisible()
  await expect(page.getByRole('link', { name: patientName })).toHaveCount(0)

  // The admin ticks the box in the admin, signed in through the same front door.
  const adminContext = await browser.newContext()
  const adminPage = await adminContext.newPage()
  await adminPage.goto(`/admin/collections/users/${sharer.id}`)
  await adminPage.getByLabel('Email').fill(admin.email)
  await adminPage.getByLabel('Password').fill(admin.password)
  await adminPage.getByRole('button', { name: 'Sign in', exact: true }).click()
  await adminPage.waitForURL(new RegExp(`/admin/collections/users/${sharer.id}`))
  const checkbox = adminPage.getByRole('checkbox', { name: "Colleagues can see this clinician's handouts" })
  await checkbox.check()
  await adminPage.getByRole('button', { name: 'Save' }).click()
  await expect(adminPage.getByText(/successfully/i).first()).toBeVisible()
  await adminContext.close()

  try {
    await page.reload()
    const shared = page.getByRole('region', { name: 'Shared by colleagues' })
    await expect(shared).toBeVisible()
    const row = shared.getByRole('row').filter({ hasText: patientName })
    await expect(row).toContainText(sharerName)
    await expectNoAxeViolations(page, 'handouts with a shared section')
    await row.getByRole('link', { name: patientName, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/handouts/${handoutId}$`))
    await expect(page.getByText(`Prepared by ${sharerName} — shared with the clinic`, { exact: true })).toBeVisible()
    // Read-only: no sharing, refreshing or deleting for a colleague.
    await expect(page.getByRole('button', { name: 'Create share link' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /delete/i })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Duplicate for another patient' })).toBeVisible()
    await expectNoAxeViolations(page, "a colleague's handout")

    const from = new Date(Date.now() - 1000).toISOString()
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Download PDF' }).click()
    const file = await (await download).path()
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-')

    const csv = await (
      await request.get(`/api/audit-events/export.csv?actor=${colleague.id}&action=handout.pdf&from=${encodeURIComponent(from)}`, { headers })
    ).text()
    const [header, ...rows] = csv.trim().split('\r\n')
    const columns = header!.split(',')
    const events = rows.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index]!, value])))
    expect(events.map((event) => `${event.action}|${event.actorId}|${event.targetId}`)).toEqual([`handout.pdf|${colleague.id}|${handoutId}`])
  } finally {
    // Later specs' clinicians should not meet this handout under "Shared by colleagues".
    expect((await request.patch(`/api/users/${sharer.id}`, { headers, data: { sharesHandoutsWithClinic: false } })).status()).toBe(200)
  }
})
