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
import { SECTION_WEB_BLOCKS, sectionBodyHtml, SectionWebBlock } from './webRenderers'

const base = { topicId: 3, topicTitle: 'Every kind' }

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
    body: { intro: 'Marigold intro.', signs: ['Marigold sign.'] },
  },
  media: {
    ...base,
    sectionId: 'media',
    blockType: 'media',
    heading: 'Media kind',
    body: { image: { url: '/api/media/file/absent.png', filename: 'absent.png', alt: 'Marigold alt' }, caption: 'Marigold caption.' },
  },
}

const samples = Object.values(SAMPLES) as HandoutSectionSnapshot[]

/** The words each kind must put in every output. */
const EXPECTED: Record<SectionType, string[]> = {
  text: ['Marigold text body.'],
  tips: ['Marigold do.', 'Marigold dont.'],
  exercise: ['Marigold step.', 'Marigold reps'],
  warningSigns: ['Marigold intro.', 'Marigold sign.'],
  media: ['Marigold caption.'],
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
      const html = sectionBodyHtml(section).toString()
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
  })
})
