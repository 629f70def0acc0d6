'use client'

import { useFormFields } from '@payloadcms/ui'

import { reviewState } from '@/lib/topics/reviewStatus'

const MESSAGES = {
  overdue: { text: 'Review overdue', color: '#8a1414', background: '#fdf0ef' },
  'due-soon': { text: 'Review due within 30 days', color: '#6b4500', background: '#fff6e0' },
  current: { text: 'Review up to date', color: '#0b5450', background: '#eaf4f2' },
  never: { text: 'Not reviewed yet', color: '#4a5561', background: '#eef1f3' },
} as const

/** Shows where the topic stands against its review date, next to the review fields. */
export function ReviewStatusField() {
  const reviewDueAt = useFormFields(([fields]) => fields.reviewDueAt?.value)
  const message = MESSAGES[reviewState(typeof reviewDueAt === 'string' ? reviewDueAt : null)]
  return (
    <p
      role="status"
      style={{ color: message.color, background: message.background, padding: '0.5rem 0.75rem', borderRadius: 4, fontWeight: 700, margin: '0 0 1rem' }}
    >
      {message.text}
    </p>
  )
}
