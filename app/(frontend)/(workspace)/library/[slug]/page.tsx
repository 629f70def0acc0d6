import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { hasRole } from '@/access/roles'
import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { reviewState } from '@/lib/topics/reviewStatus'
import { sectionExcerpt } from '@/lib/topics/sectionExcerpt'

import { HandoutBuilderForm } from './HandoutBuilderForm'

export const metadata: Metadata = { title: 'Make a handout' }

export default async function TopicPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const user = await requirePortalUser(`/library/${encodeURIComponent(slug)}`)
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 1,
  })
  const topic = docs[0]
  if (!topic) notFound()

  const sections = topic.sections.flatMap((section) => {
    if (!section.id) return []
    const { heading, excerpt } = sectionExcerpt(section)
    return [{ id: section.id, heading, excerpt }]
  })
  const reviewOverdue = reviewState(topic.reviewDueAt) === 'overdue'
  const canMakeHandouts = hasRole(user, 'clinician', 'admin')

  return (
    <>
      <h1>{topic.title}</h1>
      <p className="muted">{topic.summary}</p>
      {reviewOverdue && (
        <p className="review-warning" role="note">
          <strong>Review overdue:</strong> this topic was due for clinical review on{' '}
          {new Date(topic.reviewDueAt!).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })}. Check it against current guidance before giving it to a patient.
        </p>
      )}
      {canMakeHandouts ? (
        <HandoutBuilderForm topicId={topic.id} sections={sections} />
      ) : (
        <p className="alert alert--error">Only clinicians can make patient handouts. You can read this topic in the CMS.</p>
      )}
    </>
  )
}
