import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { backPainMainMessage, tieredWarningSigns } from '@/tests/support/handoutFixtures'

import { PATIENT_PAGE_CSP } from '../patientResponseHeaders'
import {
  shareAccessCheckPageHtml,
  shareBlockedPageHtml,
  sharedHandoutPageHtml,
  shareExpiredPageHtml,
  shareNotFoundPageHtml,
  shareRevokedPageHtml,
} from './patientPages'

const clinic = { name: 'Maple & Oak Clinic', phone: '+1 (555) 010-0100' }
const section = {
  topicId: 1,
  topicTitle: 'Topic',
  sectionId: 'sec1',
  heading: 'Sleep <well>',
  body: {
    root: {
      type: 'root',
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Use a <pillow>', format: 8 }] }],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    },
  },
} as never

function inlineBlocks(page: string, tag: 'style' | 'script'): string[] {
  return [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]!)
}

describe('patient pages', () => {
  const page = sharedHandoutPageHtml({
    token: 'T'.repeat(43),
    clinic,
    title: 'Back pain',
    patientName: '<script>alert(1)</script>',
    createdAt: '2026-06-01T00:00:00Z',
    instructions: 'Rest.\n\nWalk daily.',
    sections: [section],
  })

  it('escapes every value that came from a person', () => {
    expect(page).not.toContain('<script>alert(1)</script>')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page).toContain('Sleep &lt;well&gt;')
    expect(page).toContain('Use a &lt;pillow&gt;')
    expect(page).toContain('Maple &amp; Oak Clinic')
  })

  it('has only inline blocks whose hashes the CSP allows, and no inline style attributes', () => {
    for (const tag of ['style', 'script'] as const) {
      const blocks = inlineBlocks(page, tag)
      expect(blocks).toHaveLength(1)
      const hash = crypto.createHash('sha256').update(blocks[0]!).digest('base64')
      expect(PATIENT_PAGE_CSP).toContain(`'sha256-${hash}'`)
    }
    expect(page).not.toMatch(/\sstyle=/)
    expect(page).toContain('<u>')
  })

  it('loads nothing from anywhere: no external URL in src or href', () => {
    for (const html of [
      page,
      shareExpiredPageHtml(clinic),
      shareRevokedPageHtml(clinic),
      shareBlockedPageHtml(clinic),
      shareNotFoundPageHtml(clinic),
      shareAccessCheckPageHtml({ check: 'access-code', clinic }),
    ]) {
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    }
  })

  it('starts with a skip link to the main content, and keeps instructions before sections', () => {
    expect(page.indexOf('class="skip-link" href="#main"')).toBeGreaterThan(0)
    expect(page).toContain('<main id="main"')
    expect(page.indexOf('Walk daily.')).toBeLessThan(page.indexOf('Sleep &lt;well&gt;'))
  })

  it('puts "When to get help now" before the instructions and every other section', () => {
    const warning = {
      topicId: 1,
      topicTitle: 'Topic',
      sectionId: 'warn',
      blockType: 'warningSigns',
      heading: 'When to get help now',
      body: { intro: null, watchDays: 3, signs: [{ text: 'Chest pain', tier: 'emergency', reason: null }] },
    } as never
    const withWarning = sharedHandoutPageHtml({
      token: 'T'.repeat(43),
      clinic,
      title: 'Back pain',
      patientName: 'Pat',
      createdAt: '2026-06-01T00:00:00Z',
      instructions: 'Rest.',
      sections: [section, warning],
    })
    const at = ['When to get help now', 'Chest pain', 'Rest.', 'Sleep &lt;well&gt;'].map((text) => withWarning.indexOf(text))
    expect(at.every((index) => index > 0)).toBe(true)
    expect(at).toEqual([...at].sort((a, b) => a - b))
    expect(withWarning).toMatch(/<section class="warning-signs" aria-labelledby="s-warn"><h2 id="s-warn">When to get help now<\/h2>/)
  })

  it('opens with the main message in a box, then the warning signs (911 tier first, a tel: link), then the instructions, then the sections', () => {
    const withMessage = sharedHandoutPageHtml({
      token: 'T'.repeat(43),
      clinic,
      title: 'Back pain',
      patientName: 'Pat',
      createdAt: '2026-06-01T00:00:00Z',
      instructions: 'Rest.',
      sections: [section, tieredWarningSigns],
      mainMessages: [backPainMainMessage],
    })
    const at = [
      'The main thing to know',
      'Sleep on your back with a pillow under your knees.',
      'Most upper back pain at night gets better',
      'When to get help now',
      'Call 911 now',
      'Call your doctor now or today',
      'Watch closely',
      'Rest.',
      'Sleep &lt;well&gt;',
    ].map((text) => withMessage.indexOf(text))
    expect(at.every((index) => index > 0)).toBe(true)
    expect(at).toEqual([...at].sort((a, b) => a - b))
    expect(withMessage).toMatch(/<a href="tel:911"[^>]*>Call 911 now<\/a>/)
    expect(page).not.toContain('class="main-message"')
  })

  it('makes every "Call 911" tappable, like the clinic phone, whoever wrote it, and never links a link twice', () => {
    const warning = {
      topicId: 1,
      topicTitle: 'Topic',
      sectionId: 'warn',
      blockType: 'warningSigns',
      heading: 'When to get help now',
      body: { intro: 'If you have chest pain, call 911.', watchDays: 3, signs: [{ text: 'Chest pain', tier: 'emergency', reason: null }] },
    } as never
    const withWarning = sharedHandoutPageHtml({
      token: 'T'.repeat(43),
      clinic,
      title: 'Back pain',
      patientName: 'Pat',
      createdAt: '2026-06-01T00:00:00Z',
      instructions: 'Rest. Dial 911 if your legs go numb.',
      sections: [section, warning],
    })
    expect(withWarning).toContain('<p>If you have chest pain, <a href="tel:911">call 911</a>.</p>')
    expect(withWarning).toContain('<p>Rest. <a href="tel:911">Dial 911</a> if your legs go numb.</p>')
    // The 911 tier's heading is already the call: it stays one link.
    expect(withWarning).toContain('<a href="tel:911">Call 911 now</a>')
    expect(withWarning).not.toMatch(/<a [^>]*>[^<]*<a /)
  })

  it('tells a revoked, an expired and a closed link apart, each with the clinic phone and a tappable emergency line', () => {
    const pages = { revoked: shareRevokedPageHtml(clinic), expired: shareExpiredPageHtml(clinic), blocked: shareBlockedPageHtml(clinic) }
    expect(pages.revoked).toContain('<h1>This handout is no longer available</h1>')
    expect(pages.revoked).not.toContain('expired')
    expect(pages.expired).toContain('<h1>This link has expired</h1>')
    expect(pages.blocked).toContain('<h1>This link is closed</h1>')
    for (const html of Object.values(pages)) {
      expect(html).toContain('<a href="tel:+15550100100">+1 (555) 010-0100</a>')
      expect(html).toContain('<a href="tel:911">call 911</a>')
    }
  })

  it('names the clinic and its phone on the not-found page', () => {
    const notFound = shareNotFoundPageHtml(clinic)
    expect(notFound).toContain('<h1>Page not found</h1>')
    expect(notFound).toContain('<header class="patient-header"><p>Maple &amp; Oak Clinic</p></header>')
    expect(notFound).toContain('<a href="tel:+15550100100">+1 (555) 010-0100</a>')
  })

  it('shows the clinic phone as a tel: link on the expired page', () => {
    const expired = shareExpiredPageHtml(clinic)
    expect(expired).toContain('This link has expired')
    expect(expired).toContain('href="tel:+15550100100"')
  })

  it('marks a wrong answer on the access form accessibly', () => {
    const form = shareAccessCheckPageHtml({ check: 'access-code', clinic, error: 'That access code is not right.' })
    expect(form).toContain('role="alert"')
    expect(form).toContain('aria-invalid="true"')
    expect(form).toContain('aria-describedby="answer-error answer-hint"')
    expect(form).toContain('<form method="post">')
  })
})
