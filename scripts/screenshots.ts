/**
 * `npm run docs:screenshots`: the README's pictures, taken from the running
 * app so they show what a user sees today. Starts the same throwaway portal
 * as the end-to-end tests (`scripts/e2e-server.ts`: production build, seeded
 * database, 127.0.0.1 only), then, in Debian's Chromium:
 *
 *  - docs/images/builder.png: the clinician's builder with sections ticked,
 *  - docs/images/handout-pdf.png: page 1 of that handout's PDF (pdftoppm),
 *  - docs/images/patient-phone.png: the patient's link on a 390 px phone.
 *
 * Needs `npm run build` first, and pdftoppm (Debian's poppler-utils).
 */
import { execFile, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { chromium, type Page } from '@playwright/test'

import { DEMO_ACCOUNTS } from '../lib/seed/demoAccounts'

const run = promisify(execFile)
const port = Number(process.env.SCREENSHOTS_PORT ?? 3190)
const baseUrl = `http://127.0.0.1:${port}`
const outDir = path.resolve('docs/images')
const clinician = DEMO_ACCOUNTS.find((account) => account.roles.includes('clinician'))!
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

async function waitForPortal(timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The portal did not answer on ${baseUrl} within ${timeoutMs / 1000} s.`)
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?callbackUrl=%2Flibrary%2Fupper-back-pain-during-sleep`)
  await page.getByLabel('Email').fill(clinician.email)
  await page.getByLabel('Password').fill(clinician.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('button', { name: 'Sign out' }).waitFor()
}

const server = spawn('npx', ['tsx', 'scripts/e2e-server.ts'], {
  env: { ...process.env, E2E_PORT: String(port) },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
})
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
try {
  await waitForPortal()
  await fs.mkdir(outDir, { recursive: true })

  const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await signIn(desk)
  for (const section of ['How to lie in bed so your back hurts less', 'More ways to ease the pain', 'When to get help now']) {
    await desk.getByRole('checkbox', { name: section }).check()
  }
  await desk.getByLabel('Patient name').fill('Maria Garcia')
  await desk.getByLabel('Preferred name').fill('Maria')
  await desk.getByLabel('Instructions for this patient').fill('Use the rolled towel every night this week.\n\nCall us if the pain wakes you more than twice.')
  await desk.locator(':focus').blur()
  await desk.evaluate(() => window.scrollTo(0, 0))
  await desk.screenshot({ path: path.join(outDir, 'builder.png') })

  await desk.getByRole('button', { name: 'Create handout' }).click()
  await desk.waitForURL(/\/handouts\/\d+$/)
  await desk.getByRole('button', { name: 'Create share link' }).click()
  const shareUrl = await desk.getByLabel('Patient link').inputValue()

  const pdfResponse = await desk.request.get(`${desk.url()}/pdf`)
  if (!pdfResponse.ok()) throw new Error(`PDF download answered ${pdfResponse.status()}`)
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'careleaf-screenshots-'))
  try {
    await fs.writeFile(path.join(scratch, 'handout.pdf'), await pdfResponse.body())
    await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', path.join(scratch, 'handout.pdf'), path.join(outDir, 'handout-pdf')])
  } finally {
    await fs.rm(scratch, { recursive: true, force: true })
  }

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  await phone.goto(shareUrl)
  await phone.screenshot({ path: path.join(outDir, 'patient-phone.png') })
  console.log(`Screenshots written to ${path.relative(process.cwd(), outDir)}/`)
} finally {
  await browser.close()
  // The server cleans up its throwaway database on SIGTERM; signal the whole group (npx → tsx → node).
  if (server.pid) process.kill(-server.pid, 'SIGTERM')
}
