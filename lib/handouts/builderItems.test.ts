import { describe, expect, it } from 'vitest'

import { builderItemsFor, previewSections, withTopicAdded } from './builderItems'
import type { BuilderTopic } from './loadBuilderTopics'

const backPain: BuilderTopic = {
  id: 1,
  slug: 'upper-back-pain',
  title: 'Upper back pain',
  sections: [
    { id: 'posture', urgent: false, heading: 'Poor Sleeping Posture', paragraphs: ['Sleep on your back.'] },
    { id: 'help', urgent: true, heading: 'When to get help now', paragraphs: ['Chest pain'] },
    { id: 'tips', urgent: false, heading: 'Tips', paragraphs: ['Use a rolled towel.'] },
  ],
}
const knee: BuilderTopic = {
  id: 2,
  slug: 'knee',
  title: 'Knee pain',
  sections: [{ id: 'ex', urgent: false, heading: 'Knee exercises', paragraphs: ['Bend your knee.'] }],
}

describe('previewSections', () => {
  it('shows "When to get help now" first, as the PDF and the patient page do, whatever the tick order', () => {
    const items = [
      { topicId: 2, sectionId: 'ex', included: true },
      { topicId: 1, sectionId: 'posture', included: true },
      { topicId: 1, sectionId: 'tips', included: false },
      { topicId: 1, sectionId: 'help', included: true },
    ]
    expect(previewSections(items, [backPain, knee]).map(({ section }) => section.heading)).toEqual([
      'When to get help now',
      'Knee exercises',
      'Poor Sleeping Posture',
    ])
  })

  it('keeps the clinician order otherwise and skips unticked or vanished sections', () => {
    const items = [
      { topicId: 1, sectionId: 'tips', included: true },
      { topicId: 1, sectionId: 'gone', included: true },
      { topicId: 3, sectionId: 'x', included: true },
      { topicId: 1, sectionId: 'posture', included: true },
    ]
    expect(previewSections(items, [backPain]).map(({ key }) => key)).toEqual(['1:tips', '1:posture'])
  })
})

describe('builderItemsFor', () => {
  it('started from a topic, lists the warning signs first and ticked, the rest unticked in topic order', () => {
    const { items, missing } = builderItemsFor([backPain, knee], [])
    expect(items).toEqual([
      { topicId: 1, sectionId: 'help', included: true },
      { topicId: 1, sectionId: 'posture', included: false },
      { topicId: 1, sectionId: 'tips', included: false },
      { topicId: 2, sectionId: 'ex', included: false },
    ])
    expect(missing).toBe(0)
  })

  it('puts the chosen sections first, ticked, then the rest of their topics unticked, warning signs first', () => {
    const { items, missing } = builderItemsFor(
      [backPain],
      [
        { topicId: 1, sectionId: 'tips' },
        { topicId: 1, sectionId: 'gone' },
      ],
    )
    expect(items).toEqual([
      { topicId: 1, sectionId: 'tips', included: true },
      { topicId: 1, sectionId: 'help', included: false },
      { topicId: 1, sectionId: 'posture', included: false },
    ])
    expect(missing).toBe(1)
  })
})

describe('withTopicAdded', () => {
  const elbow: BuilderTopic = {
    id: 3,
    slug: 'elbow',
    title: 'Elbow pain',
    sections: [
      { id: 'rest', urgent: false, heading: 'Rest', paragraphs: ['Rest it.'] },
      { id: 'urgent', urgent: true, heading: 'When to get help now', paragraphs: ['Numb fingers'] },
    ],
  }

  it('ticks the new topic’s warning signs after those at the top, and appends its other sections unticked', () => {
    const items = [
      { topicId: 1, sectionId: 'help', included: true },
      { topicId: 1, sectionId: 'posture', included: true },
      { topicId: 1, sectionId: 'tips', included: false },
    ]
    expect(withTopicAdded(items, [backPain], elbow)).toEqual([
      { topicId: 1, sectionId: 'help', included: true },
      { topicId: 3, sectionId: 'urgent', included: true },
      { topicId: 1, sectionId: 'posture', included: true },
      { topicId: 1, sectionId: 'tips', included: false },
      { topicId: 3, sectionId: 'rest', included: false },
    ])
  })

  it('appends a topic without warning signs unticked', () => {
    const items = [{ topicId: 1, sectionId: 'posture', included: true }]
    expect(withTopicAdded(items, [backPain], knee)).toEqual([...items, { topicId: 2, sectionId: 'ex', included: false }])
  })
})
