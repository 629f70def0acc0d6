import { describe, expect, it } from 'vitest'

import { paragraphsToRichText } from '@/lib/content/lexical'

import { orderSectionsForReading, parseSectionSnapshot } from './parseSectionSnapshot'

const base = { topicId: 1, topicTitle: 'Upper back pain', sectionId: 'a', heading: 'Sleep' }

describe('parseSectionSnapshot', () => {
  it('reads a row stored before blocks existed (no blockType) as a text section', () => {
    const body = paragraphsToRichText(['Sleep on your back.'])
    expect(parseSectionSnapshot({ ...base, body })).toEqual({ ...base, blockType: 'text', body })
    expect(parseSectionSnapshot({ ...base, blockType: null, body })).toMatchObject({ blockType: 'text' })
  })

  it('reads every block type and refuses a body that does not match its type', () => {
    expect(parseSectionSnapshot({ ...base, blockType: 'tips', body: { do: ['Walk'], dont: [] } })).toMatchObject({ blockType: 'tips', body: { do: ['Walk'] } })
    expect(parseSectionSnapshot({ ...base, blockType: 'warningSigns', body: { intro: 'Call 911 if:', signs: ['Chest pain'] } })).toMatchObject({
      body: { signs: [{ text: 'Chest pain', tier: null }] },
    })
    expect(parseSectionSnapshot({ ...base, blockType: 'exercise', body: { steps: ['Roll'], repetitions: '5 times' } })).toMatchObject({ body: { image: null } })
    expect(
      parseSectionSnapshot({ ...base, blockType: 'media', body: { image: { url: '/api/media/file/x.jpg', filename: 'x.jpg', alt: 'A towel' } } }),
    ).toMatchObject({ blockType: 'media' })
    expect(parseSectionSnapshot({ ...base, blockType: 'tips', body: { do: 'Walk' } })).toBeNull()
    expect(parseSectionSnapshot({ ...base, blockType: 'media', body: { image: { url: '/x.jpg' } } })).toBeNull()
    expect(parseSectionSnapshot({ ...base, blockType: 'video', body: {} })).toBeNull()
    expect(parseSectionSnapshot({ ...base, body: { do: [] } })).toBeNull()
  })
})

describe('parseSectionSnapshot: images', () => {
  const image = (url: string) => ({ url, filename: 'x.jpg', alt: 'A towel', width: 40, height: 20 })

  it('keeps only images from our media collection, as a path on this site', () => {
    expect(parseSectionSnapshot({ ...base, blockType: 'media', body: { image: image('http://localhost:3000/api/media/file/x.jpg') } })).toMatchObject({
      body: { image: { url: '/api/media/file/x.jpg' } },
    })
    for (const url of [
      'https://tracker.example/pixel.png',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'javascript:alert(1)',
      '/api/users/me',
      '/api/media/file/../users',
    ]) {
      expect(parseSectionSnapshot({ ...base, blockType: 'media', body: { image: image(url) } }), url).toBeNull()
      expect(parseSectionSnapshot({ ...base, blockType: 'exercise', body: { steps: ['Roll'], image: image(url) } }), url).toMatchObject({
        body: { image: null },
      })
    }
  })

  it('copies an image field by field, dropping anything else stored with it', () => {
    const parsed = parseSectionSnapshot({
      ...base,
      blockType: 'media',
      body: { image: { ...image('/api/media/file/x.jpg'), onerror: 'alert(1)', width: '40" onload="x' } },
    })
    expect(parsed).toMatchObject({ body: { image: { url: '/api/media/file/x.jpg', filename: 'x.jpg', alt: 'A towel', width: null, height: 20 } } })
    expect(JSON.stringify(parsed)).not.toContain('alert')
  })
})

describe('orderSectionsForReading', () => {
  it('moves "When to get help now" first and keeps the clinician’s order otherwise', () => {
    const order = orderSectionsForReading([
      { blockType: 'text' as const, id: 1 },
      { blockType: 'tips' as const, id: 2 },
      { blockType: 'warningSigns' as const, id: 3 },
      { blockType: undefined, id: 4 },
    ])
    expect(order.map((section) => section.id)).toEqual([3, 1, 2, 4])
  })
})
