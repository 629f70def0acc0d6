import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { backPainMainMessage, tieredWarningSigns } from '@/tests/support/handoutFixtures'

import { PATIENT_PAGE_CSP } from '../patientResponseHeaders'
import { PATIENT_PAGE_CSS } from './patientPageAssets'
import {
  shareAccessCheckPageHtml,
  shareBlockedPageHtml,
  sharedHandoutPageHtml,
  shareExpiredPageHtml,
  shareLockedPageHtml,
  shareNotFoundPageHtml,
  shareRateLimitedPageHtml,
  shareRevokedPageHtml,
  shareUnavailablePageHtml,
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
      shareExpiredPageHtml(clinic, 'en'),
      shareRevokedPageHtml(clinic, 'en'),
      shareBlockedPageHtml(clinic, 'en'),
      shareNotFoundPageHtml(clinic),
      shareAccessCheckPageHtml({ check: 'access-code', clinic, locale: 'en' }),
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
    const pages = { revoked: shareRevokedPageHtml(clinic, 'en'), expired: shareExpiredPageHtml(clinic, 'en'), blocked: shareBlockedPageHtml(clinic, 'en') }
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
    const expired = shareExpiredPageHtml(clinic, 'en')
    expect(expired).toContain('This link has expired')
    expect(expired).toContain('href="tel:+15550100100"')
  })

  it('marks a wrong answer on the access form accessibly', () => {
    const form = shareAccessCheckPageHtml({ check: 'access-code', clinic, locale: 'en', problem: { kind: 'wrong', attemptsLeft: 2 } })
    expect(form).toContain('That access code is not right. Check it and try again (2 more tries before the link pauses for 15 minutes).')
    expect(form).toContain('role="alert"')
    expect(form).toContain('aria-invalid="true"')
    expect(form).toContain('aria-describedby="answer-error answer-hint"')
    expect(form).toContain('<form method="post">')
  })
})

describe('patient pages in the handout’s language', () => {
  const spanish = (overrides: Partial<Parameters<typeof sharedHandoutPageHtml>[0]> = {}) =>
    sharedHandoutPageHtml({
      token: 'T'.repeat(43),
      clinic,
      title: 'Dolor de espalda',
      patientName: 'Pat',
      createdAt: '2026-06-01T12:00:00Z',
      instructions: 'Descanse. Llame al 911 si siente entumecimiento.',
      sections: [section, tieredWarningSigns],
      mainMessages: [backPainMainMessage],
      preferredName: 'María',
      followUpDate: '2026-12-14T12:00:00.000Z',
      language: 'es',
      ...overrides,
    })

  it('says everything around the handout’s text in Spanish, dates included, with the page’s lang and dir from LOCALES', () => {
    const page = spanish()
    expect(page).toContain('<html lang="es-US" dir="ltr">')
    for (const words of [
      '<title>Su folleto</title>',
      '>Saltar al contenido</a>',
      'Preparado para Pat el 1 de junio de 2026',
      '>Descargar el PDF</a>',
      '>Imprimir</button>',
      '<p>Hola, María:</p>',
      '<h2 id="main-message-heading">Lo más importante</h2>',
      '<a href="tel:911">Llame al 911 ahora</a>',
      'Llame a su médico ahora o hoy mismo',
      'Esté atento: llame a su médico si no mejora en 2 semanas',
      'Instrucciones de su equipo de atención médica',
      '<h2 id="follow-up-heading">Próximos pasos</h2><p>Su próxima cita: <strong>14 de diciembre de 2026</strong></p>',
      '¿Tiene preguntas? Llame a Maple &amp; Oak Clinic al +1 (555) 010-0100',
      '¿Tiene preguntas sobre esta información? Comuníquese con <strong>Maple &amp; Oak Clinic</strong>',
      'Su equipo de atención médica preparó este folleto para usted.',
    ])
      expect(page).toContain(words)
    // "Llame al 911" in Spanish text is tappable like "Call 911".
    expect(page).toContain('Descanse. <a href="tel:911">Llame al 911</a> si siente entumecimiento.')
    expect(page).not.toMatch(/Prepared for|Download PDF|Next steps|The main thing to know|Call your doctor/)
  })

  it('puts a note in Spanish before a part given in English, marks that part English for screen readers, and keeps its chrome Spanish', () => {
    const page = spanish({ sections: [{ ...(section as object), locale: 'es' } as never, { ...tieredWarningSigns, locale: 'en' }] })
    expect(page).toContain(
      '<section class="warning-signs" aria-labelledby="s-warn" aria-describedby="s-warn-language"><p id="s-warn-language" class="language-note">Esta parte solo está en inglés. Si no la entiende, pida a su clínica que se la explique.</p><div lang="en-US" dir="ltr"><h2 id="s-warn">When to get help now</h2>',
    )
    expect(page).toContain('<h3 class="warning-tier__heading" lang="es-US" dir="ltr">')
    // The section in Spanish has no note and no lang of its own.
    expect(page).toContain('<section aria-labelledby="s-sec1"><h2 id="s-sec1">')
    expect(page.split('class="language-note"')).toHaveLength(2)
    // English handouts, made before sections had a language, look as they always did.
    expect(
      sharedHandoutPageHtml({ token: 'T'.repeat(43), clinic, title: 'Back pain', patientName: 'Pat', createdAt: '2026-06-01T00:00:00Z', sections: [section] }),
    ).not.toMatch(/class="language-note"|lang="es/)
  })

  it('tells a patient of a Spanish handout why its link stopped working, in Spanish', () => {
    expect(shareRevokedPageHtml(clinic, 'es')).toContain('<h1>Este folleto ya no está disponible</h1>')
    expect(shareExpiredPageHtml(clinic, 'es')).toContain('<h1>Este enlace ya venció</h1>')
    expect(shareBlockedPageHtml(clinic, 'es')).toContain('<h1>Este enlace está cerrado</h1>')
    for (const page of [shareRevokedPageHtml(clinic, 'es'), shareExpiredPageHtml(clinic, 'es'), shareBlockedPageHtml(clinic, 'es')]) {
      expect(page).toContain('<html lang="es-US" dir="ltr">')
      expect(page).toContain('<p class="emergency-line">Si tiene una emergencia médica, <a href="tel:911">llame al 911</a>.</p>')
      expect(page).toContain('<a href="tel:+15550100100">+1 (555) 010-0100</a>')
      expect(page).not.toContain('English')
    }
    const locked = shareLockedPageHtml({ clinic, now: new Date(0), until: new Date(60_000), locale: 'es' })
    expect(locked).toContain('<h1>Demasiados intentos</h1>')
    expect(locked).toContain('bloqueado por 1 minuto después')
  })

  it('asks for the access code, and says what was wrong, in Spanish', () => {
    const form = shareAccessCheckPageHtml({ check: 'birth-year', clinic, locale: 'es', problem: { kind: 'wrong', attemptsLeft: 3 } })
    expect(form).toContain('<h1>Confirme que es usted</h1>')
    expect(form).toContain('<label for="answer">Año en que nació</label><span id="answer-hint" class="hint">Cuatro números, por ejemplo 1978.</span>')
    expect(form).toContain(
      'Ese año de nacimiento no es correcto. Revíselo e intente de nuevo (le quedan 3 intentos antes de que el enlace se bloquee por 15 minutos).',
    )
    expect(form).toContain('<button type="submit">Ver mi folleto</button>')
    expect(shareAccessCheckPageHtml({ check: 'access-code', clinic, locale: 'es', problem: { kind: 'malformed' } })).toContain(
      'Escriba los 6 números del código de acceso que aparece en su folleto.',
    )
  })

  it('says "not found" in every language when it cannot know the handout, the reader’s first, each part in its own lang', () => {
    const englishFirst = shareNotFoundPageHtml(clinic, ['en', 'es'])
    expect(englishFirst).toContain('<html lang="en-US" dir="ltr">')
    expect(englishFirst).toContain('<title>Page not found · Página no encontrada</title>')
    expect(englishFirst).toContain('<h1>Page not found</h1>')
    expect(englishFirst).toContain(
      '<section class="other-language" lang="es-US" dir="ltr" aria-labelledby="heading-es"><h2 id="heading-es">Página no encontrada</h2>',
    )
    expect(englishFirst.indexOf('If you have a medical emergency')).toBeLessThan(englishFirst.indexOf('Si tiene una emergencia médica'))
    const spanishFirst = shareNotFoundPageHtml(clinic, ['es', 'en'])
    expect(spanishFirst).toContain('<html lang="es-US" dir="ltr">')
    expect(spanishFirst).toContain('<h1>Página no encontrada</h1>')
    expect(spanishFirst).toContain(
      '<section class="other-language" lang="en-US" dir="ltr" aria-labelledby="heading-en"><h2 id="heading-en">Page not found</h2>',
    )
    expect(shareRateLimitedPageHtml(5)).toMatch(/Try again in 5 seconds[\s\S]*Intente de nuevo en 5 segundos/)
    expect(shareUnavailablePageHtml(null, ['es', 'en'])).toMatch(/No podemos mostrar su folleto[\s\S]*Your handout cannot be shown just now/)
  })

  it('lays the page out by logical sides, so a right-to-left language mirrors it', () => {
    expect(PATIENT_PAGE_CSS).not.toMatch(/(^|[{;])\s*(left|right|margin-left|margin-right|padding-left|padding-right|border-left|border-right)\s*:/m)
    expect(PATIENT_PAGE_CSS).toContain('border-inline-start:6px solid var(--warn)')
  })
})
