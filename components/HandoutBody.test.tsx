import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { HandoutSectionSnapshot } from '@/lib/handouts/types'
import { lexical } from '@/tests/support/handoutFixtures'

import { HandoutBody } from './HandoutBody'

const topic = { topicId: 1, topicTitle: 'Upper back pain during sleep' }

const sections: HandoutSectionSnapshot[] = [
  // Stored before blocks existed: no blockType.
  { ...topic, sectionId: 'old', heading: 'Poor Sleeping Posture', body: lexical.root(lexical.paragraph(lexical.text('Sleep on your back.'))) },
  { ...topic, sectionId: 'tips', blockType: 'tips', heading: 'Tips', body: { do: ['Use a rolled towel.'], dont: ['Don’t sleep on your stomach.'] } },
  {
    ...topic,
    sectionId: 'ex',
    blockType: 'exercise',
    heading: 'Shoulder rolls',
    body: {
      steps: ['Lift your shoulders.'],
      repetitions: '5 times',
      image: { url: '/api/media/file/rolls.jpg', filename: 'rolls.jpg', alt: 'Shoulders lifted toward the ears' },
    },
  },
  {
    ...topic,
    sectionId: 'img',
    blockType: 'media',
    heading: 'Towel',
    body: { image: { url: '/api/media/file/towel.jpg', filename: 'towel.jpg', alt: 'A rolled towel under the knees' }, caption: 'Keeps your spine level.' },
  },
  {
    ...topic,
    sectionId: 'warn',
    blockType: 'warningSigns',
    heading: 'When to get help now',
    body: { intro: null, watchDays: 3, signs: [{ text: 'Chest pain', tier: 'emergency' }] },
  },
]

describe('HandoutBody', () => {
  const html = renderToStaticMarkup(<HandoutBody sections={sections} />)

  it('puts "When to get help now" first, in its own highlighted section', () => {
    expect(html.indexOf('When to get help now')).toBeLessThan(html.indexOf('Poor Sleeping Posture'))
    expect(html).toMatch(
      /<section[^>]*class="warning-signs"[^>]*><h2[^>]*>When to get help now<\/h2><div class="warning-tier warning-tier--emergency"><h3 class="warning-tier__heading"><svg[^>]*aria-hidden="true"[^>]*>.*?<\/svg>Call 911 now<\/h3><ul><li>Chest pain<\/li><\/ul>/,
    )
  })

  it("puts it before the care team's instructions too, which come before the other sections", () => {
    const withInstructions = renderToStaticMarkup(<HandoutBody sections={sections} instructions={'Ice it twice a day.\n\nCall us on Friday.'} />)
    const order = [
      'When to get help now',
      'Your care team&#x27;s instructions',
      'Ice it twice a day.',
      'Call us on Friday.',
      'Poor Sleeping Posture',
      'Shoulder rolls',
    ].map((text) => withInstructions.indexOf(text))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('draws every block, images with their alt text, and old text-only sections', () => {
    expect(html).toContain('Sleep on your back.')
    expect(html).toContain('<li>Use a rolled towel.</li>')
    expect(html).toContain('Don’t sleep on your stomach.')
    expect(html).toMatch(/<ol><li>Lift your shoulders\.<\/li><\/ol>/)
    expect(html).toContain('alt="Shoulders lifted toward the ears"')
    expect(html).toContain('alt="A rolled towel under the knees"')
    expect(html).toContain('<figcaption>Keeps your spine level.</figcaption>')
  })
})
