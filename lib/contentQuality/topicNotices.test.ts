import { describe, expect, it } from 'vitest'

import type { TopicSection } from '@/blocks'

import { topicNotices } from './topicNotices'

const text = { blockType: 'text', heading: 'Rest', body: null } as unknown as TopicSection
const check = (questions: unknown[]) => ({ blockType: 'check', heading: 'Check your understanding', questions }) as unknown as TopicSection

describe('topic notices', () => {
  it('notes a topic without questions, informationally', () => {
    expect(topicNotices([text]).map((notice) => notice.code)).toEqual(['no-understanding-check'])
    expect(topicNotices([text, check([])]).map((notice) => notice.code)).toEqual(['no-understanding-check'])
  })

  it('says nothing when a section asks questions', () => {
    expect(topicNotices([text, check([{ id: 'q1', prompt: 'What will you do if…?' }])])).toEqual([])
  })
})
