import type { BeforeListTableServerProps } from 'payload'

import { hasRole } from '@/access/roles'
import { formatAdminDate } from '@/lib/admin/adminDates'
import { dueSoonCutoff, REVIEW_DUE_SOON_DAYS } from '@/lib/topics/reviewStatus'

/**
 * Above the topics list: every topic whose review is overdue or due in the
 * next 30 days, so reviewers can plan their work.
 */
export async function TopicsDueForReview({ payload, user }: BeforeListTableServerProps) {
  if (!user || !hasRole(user, 'admin', 'editor', 'reviewer')) return null
  const now = new Date()
  const { docs } = await payload.find({
    collection: 'topics',
    where: { reviewDueAt: { less_than_equal: dueSoonCutoff(now).toISOString() } },
    sort: 'reviewDueAt',
    limit: 50,
    depth: 0,
    user,
    overrideAccess: false,
    select: { title: true, reviewDueAt: true },
  })
  return (
    <section
      aria-labelledby="due-for-review"
      style={{ margin: '0 0 1.5rem', padding: '0.75rem 1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}
    >
      <h3 id="due-for-review" style={{ margin: '0 0 0.5rem' }}>
        Due for review in the next {REVIEW_DUE_SOON_DAYS} days ({docs.length})
      </h3>
      {docs.length === 0 ? (
        <p style={{ margin: 0 }}>Nothing due.</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {docs.map((topic) => {
            const overdue = topic.reviewDueAt ? new Date(topic.reviewDueAt) < now : false
            return (
              <li key={topic.id}>
                <a href={`/admin/collections/topics/${topic.id}`}>{topic.title}</a> — {formatAdminDate(topic.reviewDueAt)}
                {overdue && <strong style={{ color: '#8a1414', marginLeft: '0.5rem' }}>Review overdue</strong>}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
