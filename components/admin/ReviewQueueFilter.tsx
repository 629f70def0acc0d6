import Link from 'next/link'
import type { BeforeListTableServerProps } from 'payload'

import { hasRole } from '@/access/roles'
import { toPortalUser } from '@/lib/auth/portalUser'
import { findTopicsWaitingForReview, REVIEW_QUEUE_LIST_PATH } from '@/lib/topics/reviewQueue'
import type { User } from '@/payload-types'

/** Above the topics list: one click to the drafts waiting for a reviewer, and back. */
export async function ReviewQueueFilter({ payload, user, searchParams }: BeforeListTableServerProps) {
  if (!user || !hasRole(user as User, 'admin', 'editor', 'reviewer')) return null
  const { total } = await findTopicsWaitingForReview({ payload, user: toPortalUser(user as User), limit: 1 })
  // Next hands the query over flat ("where[reviewRequest][equals]"), or parsed when Payload has read it.
  const nested = (searchParams?.where as { reviewRequest?: { equals?: unknown } } | undefined)?.reviewRequest?.equals
  const filtered = nested === 'waiting' || searchParams?.['where[reviewRequest][equals]'] === 'waiting'
  return (
    <p style={{ margin: '0 0 1rem' }}>
      {filtered ? (
        <>
          <strong>Showing topics waiting for review.</strong> <Link href="/admin/collections/topics">Show all topics</Link>
        </>
      ) : (
        <a href={REVIEW_QUEUE_LIST_PATH}>Waiting for review ({total})</a>
      )}
    </p>
  )
}
