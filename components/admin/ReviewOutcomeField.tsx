import type { Payload, UIFieldServerProps } from 'payload'

import { hasRole } from '@/access/roles'
import { type PortalUser, toPortalUser } from '@/lib/auth/portalUser'
import { relationId } from '@/lib/payload/relationId'
import { publishedVersusDraftPath } from '@/lib/topics/publishedVersusDraftPath'
import type { User } from '@/payload-types'

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })

const box = { padding: '0.75rem', borderRadius: 4, margin: '0 0 1rem' } as const

/** "Compare this draft with the published version", when there are both. */
async function CompareWithPublished({ payload, user, topicId }: { payload: Payload; user: PortalUser; topicId: number }) {
  const path = await publishedVersusDraftPath({ payload, user, topicId })
  return path ? (
    <p style={{ margin: '0 0 1rem' }}>
      <a href={path}>Compare this draft with the published version</a>
    </p>
  ) : null
}

/**
 * What became of the editor's last request, at the top of the sidebar: still
 * waiting, sent back with the reviewer's comment, or who published it and when.
 */
export async function ReviewOutcomeField(props: UIFieldServerProps) {
  const { id, req } = props
  const user = req.user?.collection === 'users' && hasRole(req.user as User, 'admin', 'editor', 'reviewer') ? toPortalUser(req.user as User) : null
  const topicId = typeof id === 'number' ? id : Number(id)
  return (
    <>
      <ReviewOutcome {...props} />
      {user && Number.isInteger(topicId) && topicId > 0 ? <CompareWithPublished payload={props.payload} user={user} topicId={topicId} /> : null}
    </>
  )
}

async function ReviewOutcome({ data, payload }: Pick<UIFieldServerProps, 'data' | 'payload'>) {
  const reviewRequest = data?.reviewRequest as string | null | undefined
  const comment = typeof data?.reviewComment === 'string' ? data.reviewComment : ''
  const reviewedAt = typeof data?.reviewedAt === 'string' ? data.reviewedAt : null
  const reviewerId = data?.reviewedBy ? relationId(data.reviewedBy as number | { id: number }) : null

  if (reviewRequest === 'waiting') {
    return (
      <div role="status" style={{ ...box, background: '#eef1f3', color: '#1f2a33' }}>
        <strong>Waiting for review.</strong> A reviewer will publish this draft or send it back with a comment.
      </div>
    )
  }
  if (reviewRequest === 'changes-requested') {
    return (
      <div role="status" style={{ ...box, background: '#fff6e0', color: '#4d3300' }}>
        <strong>Changes requested</strong>
        {comment ? <blockquote style={{ margin: '0.5rem 0 0', whiteSpace: 'pre-wrap' }}>{comment}</blockquote> : null}
        <p style={{ margin: '0.5rem 0 0' }}>Make the changes, save the draft, then submit it for review again.</p>
      </div>
    )
  }
  if (!reviewedAt) return null
  // Who signed it off is part of the record every editor may see; only the name is read.
  const reviewer = reviewerId
    ? await payload.findByID({ collection: 'users', id: reviewerId, depth: 0, overrideAccess: true, select: { name: true }, disableErrors: true })
    : null
  return (
    <p role="status" style={{ ...box, background: '#eaf4f2', color: '#0b5450' }}>
      Published by {reviewer?.name ?? 'a reviewer'} on {dateFormat.format(new Date(reviewedAt))}
    </p>
  )
}
