import type { Metadata } from 'next'
import Link from 'next/link'

import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export const metadata: Metadata = { title: 'Library' }

export default async function LibraryPage() {
  const user = await requirePortalUser('/library')
  const payload = await getPayloadClient()
  const topics = await payload.find({
    collection: 'topics',
    user,
    overrideAccess: false,
    draft: false,
    where: { _status: { equals: 'published' } },
    sort: 'title',
    limit: 100,
    depth: 0,
    select: { title: true, slug: true, summary: true },
  })
  return (
    <>
      <h1>Library</h1>
      <p className="muted">Open a topic to make a handout from it, or tick several topics and start one handout with all of them.</p>
      {topics.docs.length === 0 ? (
        <p>No published topics yet. Content editors publish topics in the CMS.</p>
      ) : (
        <form action="/handouts/new" method="get">
          <ul className="topic-list">
            {topics.docs.map((topic) => (
              <li key={topic.id} className="card topic-card">
                <input type="checkbox" name="topic" value={topic.slug} id={`pick-${topic.id}`} aria-label={`Add ${topic.title} to a new handout`} />
                <div>
                  <Link href={`/library/${topic.slug}`}>{topic.title}</Link>
                  <p className="muted">{topic.summary}</p>
                </div>
              </li>
            ))}
          </ul>
          <button type="submit" className="button--secondary">
            Start a handout with the ticked topics
          </button>
        </form>
      )}
    </>
  )
}
