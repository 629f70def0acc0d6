import { describe, expect, it } from 'vitest'

import { formatPreparedOnDate, groupSectionsByTopic } from './HandoutDocument'
import { lexical } from '../../tests/support/handoutFixtures'
import { instructionParagraphs } from '../handouts/formatHandoutText'
import type { HandoutSectionSnapshot } from '../handouts/types'

describe('instructionParagraphs', () => {
  it.each([
    ['Rest.\n\nIce twice a day.', ['Rest.', 'Ice twice a day.']],
    ['Rest.\r\n\r\nIce twice a day.', ['Rest.', 'Ice twice a day.']],
    ['Rest.\n \t \nIce.\n\n\n\nWalk.', ['Rest.', 'Ice.', 'Walk.']],
    // A single newline is a line break the clinician typed inside one paragraph.
    ['Morning: 1 tablet\nEvening: 2 tablets', ['Morning: 1 tablet\nEvening: 2 tablets']],
    ['  \n\n  ', []],
    ['', []],
    [null, []],
    [undefined, []],
  ])('%j → %j', (input, expected) => {
    expect(instructionParagraphs(input)).toEqual(expected)
  })
})

describe('formatPreparedOnDate', () => {
  it.each([
    ['2026-11-29T15:30:00.000Z', 'November 29, 2026'],
    ['2026-01-02T00:00:00.000Z', 'January 2, 2026'],
    // Same UTC day as the file name, whatever the server's time zone.
    ['2026-11-29T23:30:00-08:00', 'November 30, 2026'],
    ['not a date', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(formatPreparedOnDate(input)).toBe(expected)
  })
})

describe('groupSectionsByTopic', () => {
  const section = (topicId: number, sectionId: string): HandoutSectionSnapshot => ({
    topicId,
    topicTitle: `Topic ${topicId}`,
    sectionId,
    heading: sectionId,
    body: lexical.root(),
  })

  it('groups consecutive sections of a topic and keeps the chosen order when topics interleave', () => {
    const groups = groupSectionsByTopic([section(1, 'a'), section(1, 'b'), section(2, 'c'), section(1, 'd')])
    expect(groups.map((group) => [group.topicTitle, group.sections.map((entry) => entry.sectionId)])).toEqual([
      ['Topic 1', ['a', 'b']],
      ['Topic 2', ['c']],
      ['Topic 1', ['d']],
    ])
  })

  it('returns no groups for no sections', () => {
    expect(groupSectionsByTopic([])).toEqual([])
  })
})
