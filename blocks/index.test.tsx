import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { renderHandoutPdf } from '@/lib/pdf/renderHandoutPdf'
import { extractPdfText } from '@/tests/support/extractPdfText'
import { handoutFixture, lexical } from '@/tests/support/handoutFixtures'

import {
  type HandoutSectionSnapshot,
  parseSnapshotBody,
  SECTION_KINDS,
  SECTION_TYPES,
  type SectionSnapshotOf,
  type SectionType,
  TOPIC_SECTION_BLOCKS,
} from './index'
import { SECTION_PDF_BLOCKS } from './pdfRenderers'
import { sectionChrome } from './sectionChrome'
import { SECTION_WEB_BLOCKS, sectionBodyHtml, SectionWebBlock } from './webRenderers'

const base = { topicId: 3, topicTitle: 'Every kind' }
/** An English handout's chrome, for a section in English. */
const ENGLISH = sectionChrome({}, 'en')

/** One snapshot of every kind, each with a word only it prints. The mapped type makes a kind without a sample a type error. */
const SAMPLES: { [K in SectionType]: SectionSnapshotOf<K> } = {
  text: { ...base, sectionId: 'text', blockType: 'text', heading: 'Text kind', body: lexical.root(lexical.paragraph(lexical.text('Marigold text body.'))) },
  tips: { ...base, sectionId: 'tips', blockType: 'tips', heading: 'Tips kind', body: { do: ['Marigold do.'], dont: ['Marigold dont.'] } },
  exercise: {
    ...base,
    sectionId: 'exercise',
    blockType: 'exercise',
    heading: 'Exercise kind',
    body: { steps: ['Marigold step.'], repetitions: 'Marigold reps' },
  },
  warningSigns: {
    ...base,
    sectionId: 'warning',
    blockType: 'warningSigns',
    heading: 'Warning kind',
    body: {
      intro: 'Marigold intro.',
      watchDays: 14,
      signs: [
        { text: 'Marigold watch sign.', tier: 'watch' },
        { text: 'Marigold sign.', tier: 'emergency', reason: 'Marigold reason.' },
        { text: 'Marigold today sign.', tier: 'today' },
      ],
    },
  },
  plan: {
    ...base,
    sectionId: 'plan',
    blockType: 'plan',
    heading: 'Plan kind',
    body: { moments: [{ when: 'Marigold tonight', actions: ['Marigold action.'] }] },
  },
  media: {
    ...base,
    sectionId: 'media',
    blockType: 'media',
    heading: 'Media kind',
    body: { image: { url: '/api/media/file/absent.png', filename: 'absent.png', alt: 'Marigold alt' }, caption: 'Marigold caption.' },
  },
  check: {
    ...base,
    sectionId: 'check',
    blockType: 'check',
    heading: 'Check kind',
    body: {
      questions: [
        {
          id: 'q1',
          checksSection: 'text',
          kind: 'multiple-choice',
          prompt: 'Marigold question?',
          options: [
            { id: 'o1', text: 'Marigold option.' },
            { id: 'o2', text: 'Other option.' },
          ],
          correctAnswer: 'o1',
          explanation: 'Marigold explanation.',
        },
      ],
    },
  },
}

const samples = Object.values(SAMPLES) as HandoutSectionSnapshot[]

/** The words each kind must put in every output. */
const EXPECTED: Record<SectionType, string[]> = {
  text: ['Marigold text body.'],
  tips: ['Marigold do.', 'Marigold dont.'],
  exercise: ['Marigold step.', 'Marigold reps'],
  // The 911 tier first, whatever order the editor typed the signs in; then today, then watch.
  warningSigns: [
    'Marigold intro.',
    'Call 911 now',
    'Marigold sign.',
    'Marigold reason.',
    'Call your doctor now or today',
    'Marigold today sign.',
    'Watch closely',
    '2 weeks',
    'Marigold watch sign.',
  ],
  plan: ['Marigold tonight', 'Marigold action.'],
  media: ['Marigold caption.'],
  check: ['Marigold question?'],
}

describe('the section kind registry', () => {
  it('has every member for every kind, keyed by its Payload block slug', () => {
    expect(SECTION_TYPES.length).toBeGreaterThan(0)
    for (const type of SECTION_TYPES) {
      const kind = SECTION_KINDS[type]
      expect(kind.config.slug, type).toBe(type)
      expect(kind.label, type).toBeTruthy()
      for (const member of ['heading', 'plainText', 'snapshot', 'parseSnapshot'] as const) expect(typeof kind[member], `${type}.${member}`).toBe('function')
    }
    expect(TOPIC_SECTION_BLOCKS.map((block) => block.slug)).toEqual(SECTION_TYPES)
  })

  it('has a web, a patient-page and a PDF renderer for every kind, and none for an unregistered one', () => {
    expect(Object.keys(SECTION_WEB_BLOCKS).sort()).toEqual([...SECTION_TYPES].sort())
    expect(Object.keys(SECTION_PDF_BLOCKS).sort()).toEqual([...SECTION_TYPES].sort())
    for (const type of SECTION_TYPES) {
      expect(typeof SECTION_WEB_BLOCKS[type].Web, `${type}.Web`).toBe('function')
      expect(typeof SECTION_WEB_BLOCKS[type].Html, `${type}.Html`).toBe('function')
      expect(typeof SECTION_PDF_BLOCKS[type], `${type} PDF`).toBe('function')
    }
  })

  it('has a sample of every kind below, so the output test covers them all', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...SECTION_TYPES].sort())
  })

  it('reads back every kind it stores', () => {
    for (const sample of samples) {
      const { blockType, body, ...rest } = sample
      expect(
        parseSnapshotBody(blockType, body, { topicId: rest.topicId, topicTitle: rest.topicTitle, sectionId: rest.sectionId, heading: rest.heading }),
        blockType,
      ).toMatchObject(sample)
    }
  })

  it('draws every kind on the clinician page, the patient page and the PDF', async () => {
    for (const type of SECTION_TYPES) {
      const section = SAMPLES[type] as HandoutSectionSnapshot
      const web = renderToStaticMarkup(<SectionWebBlock section={section} />)
      const html = sectionBodyHtml(section, ENGLISH).toString()
      for (const words of EXPECTED[type]) {
        expect(web, `${type} web`).toContain(words)
        expect(html, `${type} patient page`).toContain(words)
      }
    }
    const pdf = (await extractPdfText(await renderHandoutPdf(handoutFixture({ sections: samples, instructions: null, shareUrl: null })))).text.replace(
      /\s+/g,
      ' ',
    )
    for (const type of SECTION_TYPES) {
      for (const words of [SAMPLES[type].heading, ...EXPECTED[type]]) expect(pdf, `${type} PDF`).toContain(words)
    }
    // Warning-sign tiers in reading order in every output: 911 first, whatever order they were typed in.
    const warning = SAMPLES.warningSigns as HandoutSectionSnapshot
    const outputs = {
      web: renderToStaticMarkup(<SectionWebBlock section={warning} />),
      html: sectionBodyHtml(warning, ENGLISH).toString(),
      pdf,
    }
    for (const [name, text] of Object.entries(outputs)) {
      const positions = EXPECTED.warningSigns.map((words) => text.indexOf(words))
      expect(positions, name).toEqual([...positions].sort((a, b) => a - b))
    }
  })

  it('reads a warning-sign snapshot stored before tiers as one untiered list under its own intro', () => {
    const stored = parseSnapshotBody(
      'warningSigns',
      { intro: 'Call 911 if you have:', signs: ['Chest pain'] },
      { ...base, sectionId: 'old', heading: 'When to get help now' },
    )
    expect(stored).toMatchObject({ body: { intro: 'Call 911 if you have:', signs: [{ text: 'Chest pain', tier: null }] } })
    const html = sectionBodyHtml(stored as HandoutSectionSnapshot, ENGLISH).toString()
    expect(html).toBe('<p>Call 911 if you have:</p><div class="warning-tier"><ul><li>Chest pain</li></ul></div>')
  })

  it('makes the 911 heading a tap-to-call link on the patient page', () => {
    expect(sectionBodyHtml(SAMPLES.warningSigns as HandoutSectionSnapshot, ENGLISH).toString()).toContain('<a href="tel:911">Call 911 now</a>')
  })

  it('draws each kind’s chrome in the handout’s language on the patient page and the PDF, and marks it when the section is in another', async () => {
    const spanishChrome = sectionChrome({}, 'es')
    const html = (type: SectionType, chrome = spanishChrome) => sectionBodyHtml(SAMPLES[type] as HandoutSectionSnapshot, chrome).toString()
    expect(html('tips')).toContain('<p class="tips__label">Haga esto</p>')
    expect(html('tips')).toContain('<p class="tips__label">No haga esto</p>')
    expect(html('exercise')).toContain('<p><strong>¿Cuántas veces?</strong> Marigold reps</p>')
    expect(html('warningSigns')).toContain('<a href="tel:911">Llame al 911 ahora</a>')
    expect(html('warningSigns')).toContain('Esté atento: llame a su médico si no mejora en 2 semanas')
    // A section given in English inside a Spanish handout: its chrome says it is Spanish.
    const englishSection = sectionChrome({ locale: 'en' }, 'es')
    expect(html('tips', englishSection)).toContain('<p class="tips__label" lang="es-US" dir="ltr">Haga esto</p>')
    expect(html('exercise', englishSection)).toContain('<strong lang="es-US" dir="ltr">¿Cuántas veces?</strong>')
    expect(html('warningSigns', englishSection)).toContain('<h3 class="warning-tier__heading" lang="es-US" dir="ltr">')
    expect(html('tips')).not.toContain('lang=')

    const pdf = (
      await extractPdfText(await renderHandoutPdf(handoutFixture({ language: 'es', sections: samples, instructions: null, shareUrl: null })))
    ).text.replace(/\s+/g, ' ')
    for (const words of [
      'Haga esto',
      'No haga esto',
      '¿Cuántas veces? Marigold reps',
      'Llame al 911 ahora',
      'Llame a su médico ahora o hoy mismo',
      '[Imagen: Marigold alt]',
    ])
      expect(pdf).toContain(words)
    expect(pdf).not.toMatch(/How often|Don’t|Call 911 now|\[Image:/)
  })
})
