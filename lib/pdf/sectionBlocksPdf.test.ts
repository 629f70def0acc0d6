import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderHandoutPdf } from './renderHandoutPdf'
import { extractPdfText } from '../../tests/support/extractPdfText'
import { handoutFixture, lexical } from '../../tests/support/handoutFixtures'
import type { HandoutSectionSnapshot } from '../handouts/types'

const topic = { topicId: 11, topicTitle: 'Upper back pain during sleep' }

const sections: HandoutSectionSnapshot[] = [
  { ...topic, sectionId: 'text', heading: 'Poor Sleeping Posture', body: lexical.root(lexical.paragraph(lexical.text('Sleep on your back.'))) },
  {
    ...topic,
    sectionId: 'tips',
    blockType: 'tips',
    heading: 'Tips for sleeping',
    body: { do: ['Use a rolled towel under your knees.'], dont: ['Don’t sleep on your stomach.'] },
  },
  {
    ...topic,
    sectionId: 'exercise',
    blockType: 'exercise',
    heading: 'Shoulder rolls',
    body: { steps: ['Lift both shoulders.', 'Roll them back and down.'], repetitions: '5 to 10 times' },
  },
  {
    ...topic,
    sectionId: 'media',
    blockType: 'media',
    heading: 'Towel under the knees',
    body: {
      image: { url: '/api/media/file/towel.png', filename: 'towel.png', alt: 'A rolled towel under the knees', width: 40, height: 20 },
      caption: 'A towel keeps your spine level.',
    },
  },
  {
    ...topic,
    sectionId: 'missing',
    blockType: 'media',
    heading: 'Side view',
    body: { image: { url: '/api/media/file/gone.png', filename: 'gone.png', alt: 'Side view of a person lying down' } },
  },
  {
    ...topic,
    sectionId: 'warning',
    blockType: 'warningSigns',
    heading: 'When to get help now',
    body: {
      intro: 'Get help if you have:',
      watchDays: 3,
      signs: [
        { text: 'Chest pain', tier: 'emergency' },
        { text: 'Shortness of breath', tier: 'emergency' },
      ],
    },
  },
]

describe('section blocks in the PDF', () => {
  let mediaDir: string
  let text: string
  let pdfBytes: Buffer

  beforeAll(async () => {
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-media-'))
    process.env.CARELEAF_MEDIA_DIR = mediaDir
    await sharp({ create: { width: 40, height: 20, channels: 3, background: '#0b5450' } })
      .png()
      .toFile(path.join(mediaDir, 'towel.png'))
    pdfBytes = await renderHandoutPdf(handoutFixture({ sections, instructions: null, shareUrl: null }))
    text = (await extractPdfText(pdfBytes)).text.replace(/\s+/g, ' ')
  })

  afterAll(() => {
    delete process.env.CARELEAF_MEDIA_DIR
    fs.rmSync(mediaDir, { recursive: true, force: true })
  })

  it('draws every block type, with "When to get help now" first', () => {
    for (const phrase of [
      'Sleep on your back.',
      'Do',
      'Use a rolled towel under your knees.',
      'Don’t sleep on your stomach.',
      '1. Lift both shoulders.',
      '2. Roll them back and down.',
      'How often: 5 to 10 times',
      'A towel keeps your spine level.',
      'Get help if you have:',
      'Call 911 now',
      'Chest pain',
    ]) {
      expect(text).toContain(phrase)
    }
    expect(text.indexOf('When to get help now')).toBeLessThan(text.indexOf('Poor Sleeping Posture'))
  })

  it('embeds the image file, and prints the alt text when a file is missing', () => {
    expect(pdfBytes.includes(Buffer.from('/Subtype /Image'))).toBe(true)
    expect(text).toContain('[Image: Side view of a person lying down]')
    expect(text).not.toContain('[Image: A rolled towel under the knees]')
  })
})
