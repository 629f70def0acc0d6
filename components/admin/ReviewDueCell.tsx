'use client'

import type { DefaultCellComponentProps } from 'payload'

import { formatAdminDate } from '@/lib/admin/adminDates'
import { reviewState } from '@/lib/topics/reviewStatus'

/** The review date in the topics list, marked "Review overdue" once it has passed. */
export function ReviewDueCell({ cellData }: DefaultCellComponentProps) {
  const due = typeof cellData === 'string' ? cellData : null
  if (!due) return <span>Not reviewed</span>
  const state = reviewState(due)
  const date = formatAdminDate(due)
  return (
    <span>
      {date}
      {state === 'overdue' && <strong style={{ color: '#8a1414', marginLeft: '0.5rem' }}>Review overdue</strong>}
      {state === 'due-soon' && <strong style={{ color: '#6b4500', marginLeft: '0.5rem' }}>Due soon</strong>}
    </span>
  )
}
