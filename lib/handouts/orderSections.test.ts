import { describe, expect, it } from 'vitest'

import { builderItemsFor } from './builderItems'
import { dedupeSections, handoutTitle, moveItem, moveItemTo, parseSectionKey, sectionKey } from './orderSections'

describe('moveItem (Move up / Move down)', () => {
  const list = ['a', 'b', 'c', 'd']
  it('moves one place up or down', () => {
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b', 'd'])
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c', 'd'])
  })
  it('leaves the list unchanged at the ends and for bad indexes', () => {
    expect(moveItem(list, 0, -1)).toEqual(list)
    expect(moveItem(list, 3, 1)).toEqual(list)
    expect(moveItem(list, 7, -1)).toEqual(list)
  })
  it('never mutates its input', () => {
    const input = [...list]
    moveItem(input, 1, 1)
    expect(input).toEqual(list)
  })
})

describe('moveItemTo (drag and drop)', () => {
  it('moves an item to a later or earlier index', () => {
    expect(moveItemTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd'])
    expect(moveItemTo(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c'])
  })
  it('ignores indexes outside the list', () => {
    expect(moveItemTo(['a', 'b'], -1, 1)).toEqual(['a', 'b'])
    expect(moveItemTo(['a', 'b'], 0, 5)).toEqual(['a', 'b'])
  })
})

describe('section keys', () => {
  it('round-trip and reject anything else', () => {
    expect(parseSectionKey(sectionKey({ topicId: 12, sectionId: '6650f1a2b3c4d5e6f7a8b9c0' }))).toEqual({ topicId: 12, sectionId: '6650f1a2b3c4d5e6f7a8b9c0' })
    expect(parseSectionKey('0:abc')).toBeNull()
    expect(parseSectionKey('12')).toBeNull()
    expect(parseSectionKey('12:a b')).toBeNull()
  })
  it('dedupe keeps the first position of a repeated section, across topics', () => {
    const refs = [
      { topicId: 1, sectionId: 'x' },
      { topicId: 2, sectionId: 'x' },
      { topicId: 1, sectionId: 'x' },
      { topicId: 1, sectionId: 'y' },
    ]
    expect(dedupeSections(refs)).toEqual([refs[0], refs[1], refs[3]])
  })
})

describe('handoutTitle', () => {
  it('keeps one topic title, joins two, and generalises more', () => {
    expect(handoutTitle(['Upper back pain during sleep', 'Upper back pain during sleep'])).toBe('Upper back pain during sleep')
    expect(handoutTitle(['Upper back pain during sleep', 'Knee pain'])).toBe('Upper back pain during sleep and knee pain')
    expect(handoutTitle(['Asthma', 'COPD at home'])).toBe('Asthma and COPD at home')
    expect(handoutTitle(['A', 'B', 'C'])).toBe('Your care information')
  })
})

describe('builderItemsFor', () => {
  const topics = [
    { id: 1, sections: ['a', 'b', 'c'].map((id) => ({ id, urgent: false })) },
    { id: 2, sections: ['p', 'q'].map((id) => ({ id, urgent: false })) },
  ]
  it('puts the chosen sections first in their saved order, then the rest unticked in topic order', () => {
    const { items, missing } = builderItemsFor(topics, [
      { topicId: 2, sectionId: 'q' },
      { topicId: 1, sectionId: 'c' },
      { topicId: 1, sectionId: 'a' },
    ])
    expect(items).toEqual([
      { topicId: 2, sectionId: 'q', included: true },
      { topicId: 1, sectionId: 'c', included: true },
      { topicId: 1, sectionId: 'a', included: true },
      { topicId: 1, sectionId: 'b', included: false },
      { topicId: 2, sectionId: 'p', included: false },
    ])
    expect(missing).toBe(0)
  })
  it('counts chosen sections that no longer exist instead of showing them', () => {
    const { items, missing } = builderItemsFor(topics, [
      { topicId: 1, sectionId: 'gone' },
      { topicId: 9, sectionId: 'a' },
      { topicId: 2, sectionId: 'p' },
    ])
    expect(items.filter((item) => item.included)).toEqual([{ topicId: 2, sectionId: 'p', included: true }])
    expect(missing).toBe(2)
  })
})
