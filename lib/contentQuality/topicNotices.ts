import type { TopicSection } from '@/blocks'

/** Something a reviewer should know about a topic that does not stop it being published. */
export interface TopicNotice {
  code: 'no-understanding-check'
  label: string
  details: string[]
}

/**
 * Informational notices, computed on every save beside the quality flags but
 * never blocking a publish: a topic without "Check your understanding"
 * questions can still be given, but patients cannot show what they took in
 * (teach-back), and clinicians cannot see what to re-teach.
 */
export function topicNotices(sections: readonly TopicSection[]): TopicNotice[] {
  const hasQuestions = sections.some((section) => section.blockType === 'check' && (section.questions ?? []).length > 0)
  if (hasQuestions) return []
  return [
    {
      code: 'no-understanding-check',
      label: 'No “Check your understanding” questions',
      details: [
        'Add 1 to 3 questions, each tied to the section it checks ("What will you do if…"): patients answer them through their link, and clinicians see which sections to go over again.',
      ],
    },
  ]
}
