import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { hasRole } from '@/access/roles'
import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { richTextToPlainText } from '@/lib/content/lexical'
import type { RichTextState } from '@/lib/handouts/types'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

import { HandoutBuilderForm } from './HandoutBuilderForm'

export const metadata: Metadata = { title: 'Make a handout' }

function excerpt(body: RichTextState, length = 180): string {
  const text = richTextToPlainText(body).replace(/\s+/g, ' ').trim()
  return text.length > length ? `${text.slice(0, text.lastIndexOf(' ', length))}…` : text
}

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
    depth: 0,
  })
  const topic = docs[0]
  if (!topic) notFound()

  const sections = topic.sections.flatMap((section) =>
    section.id ? [{ id: section.id, heading: section.heading, excerpt: excerpt(section.body as RichTextState) }] : [],
  )
  const canMakeHandouts = hasRole(user, 'clinician', 'admin')

  return (
    <>
      <h1>{topic.title}</h1>
      <p className="muted">{topic.summary}</p>
      {canMakeHandouts ? (
        <HandoutBuilderForm topicId={topic.id} sections={sections} />
      ) : (
        <p className="alert alert--error">Only clinicians can make patient handouts. You can read this topic in the CMS.</p>
      )}
    </>
  )
}
