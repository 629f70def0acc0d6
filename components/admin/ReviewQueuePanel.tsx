import type { ServerProps } from 'payload'

import { hasRole } from '@/access/roles'
import { toPortalUser } from '@/lib/auth/portalUser'
import { findTopicsWaitingForReview, REVIEW_QUEUE_LIST_PATH } from '@/lib/topics/reviewQueue'
import type { User } from '@/payload-types'

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })

/** On the admin dashboard: the drafts editors have submitted, for reviewers to pick up. */
export async function ReviewQueuePanel({ payload, user }: ServerProps) {
  if (!user || user.collection !== 'users' || !hasRole(user as User, 'admin', 'editor', 'reviewer')) return null
  const { topics, total } = await findTopicsWaitingForReview({ payload, user: toPortalUser(user as User) })
  return (
    <section
      aria-labelledby="review-queue-heading"
      style={{ margin: '0 0 2rem', padding: '1rem 1.25rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}
    >
      <h2 id="review-queue-heading" style={{ margin: '0 0 0.5rem', fontSize: '1.25rem' }}>
        Waiting for review ({total})
      </h2>
      {topics.length === 0 ? (
        <p style={{ margin: 0 }}>No topic is waiting for review.</p>
      ) : (
        <>
          <ul style={{ margin: '0 0 0.5rem', paddingLeft: '1.25rem' }}>
            {topics.map((topic) => (
              <li key={topic.id}>
                <a href={`/admin/collections/topics/${topic.id}`}>{topic.title}</a> — submitted {dateFormat.format(new Date(topic.updatedAt))}
              </li>
            ))}
          </ul>
          <a href={REVIEW_QUEUE_LIST_PATH}>Open the review queue in the topics list</a>
        </>
      )}
    </section>
  )
}
