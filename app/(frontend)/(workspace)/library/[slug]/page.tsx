import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { hasRole } from '@/access/roles'
import { MainMessageBox } from '@/components/MainMessageBox'
import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { findPublishedTopic } from '@/lib/topics/findPublishedTopic'
import { reviewState } from '@/lib/topics/reviewStatus'

import { HandoutBuilder } from '../../handouts/new/HandoutBuilder'
import { loadBuilderProps } from '../../handouts/new/loadBuilderProps'

export const metadata: Metadata = { title: 'Make a handout' }

/** A topic from the library, opened straight into the builder with its sections listed. */
export default async function TopicPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const user = await requirePortalUser(`/library/${encodeURIComponent(slug)}`)
  const payload = await getPayloadClient()
  const topic = await findPublishedTopic({ payload, user, slug })
  if (!topic) notFound()

  const reviewOverdue = reviewState(topic.reviewDueAt) === 'overdue'
  const canMakeHandouts = hasRole(user, 'clinician', 'admin')
  return (
    <>
      <h1>{topic.title}</h1>
      {topic.mainMessage?.trim() ? (
        <MainMessageBox messages={[{ topicTitle: topic.title, mainMessage: topic.mainMessage.trim(), summary: topic.summary?.trim() || null }]} />
      ) : (
        <p className="muted">{topic.summary}</p>
      )}
      {reviewOverdue && (
        <p className="review-warning" role="note">
          <strong>Review overdue:</strong> this topic was due for clinical review on{' '}
          {new Date(topic.reviewDueAt!).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })}. Check it against current guidance before giving it
          to a patient.
        </p>
      )}
      {canMakeHandouts ? (
        <HandoutBuilder {...await loadBuilderProps({ payload, user, slugs: [slug] })} />
      ) : (
        <p className="alert alert--error">Only clinicians can make patient handouts. You can read this topic in the CMS.</p>
      )}
    </>
  )
}
