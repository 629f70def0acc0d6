import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'

import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { listCategories } from '@/lib/topics/listCategories'
import { reviewState } from '@/lib/topics/reviewStatus'
import { searchTopics } from '@/lib/topics/searchTopics'

export const metadata: Metadata = { title: 'Library' }

const SearchParams = z.object({
  q: z.string().max(200).optional().catch(undefined),
  category: z.coerce.number().int().positive().optional().catch(undefined),
})

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePortalUser('/library')
  const raw = await searchParams
  const { q, category } = SearchParams.parse({
    q: typeof raw.q === 'string' ? raw.q : undefined,
    category: typeof raw.category === 'string' && raw.category !== '' ? raw.category : undefined,
  })
  const payload = await getPayloadClient()
  const [topics, categories] = await Promise.all([searchTopics({ payload, user, query: q, categoryId: category }), listCategories({ payload, user })])
  const searching = Boolean(q?.trim()) || Boolean(category)

  return (
    <>
      <h1>Library</h1>
      <p className="muted">Search the library, open a topic to make a handout from it, or tick several topics and start one handout with all of them.</p>
      <form role="search" className="search-form" action="/library" method="get">
        <div className="field">
          <label htmlFor="library-q">Search topics</label>
          <input id="library-q" name="q" type="search" defaultValue={q ?? ''} placeholder="Condition, symptom or code (e.g. M54.6)" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="library-category">Category</label>
          <select id="library-category" name="category" defaultValue={category ? String(category) : ''}>
            <option value="">All categories</option>
            {categories.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      {topics.length === 0 ? (
        <p role="status">{searching ? 'No published topics match your search.' : 'No published topics yet. Content editors publish topics in the CMS.'}</p>
      ) : (
        <form action="/handouts/new" method="get">
          {searching && (
            <p role="status" className="muted">
              {topics.length === 1 ? '1 topic found' : `${topics.length} topics found`}
            </p>
          )}
          <ul className="topic-list">
            {topics.map((topic) => (
              <li key={topic.id} className="card topic-card">
                <input type="checkbox" name="topic" value={topic.slug} id={`pick-${topic.id}`} aria-label={`Add ${topic.title} to a new handout`} />
                <div>
                  <Link href={`/library/${topic.slug}`}>{topic.title}</Link>
                  <p className="muted">{topic.summary}</p>
                  {(topic.codes ?? []).length > 0 && (
                    <p className="topic-codes">{(topic.codes ?? []).map((code) => `${code.code} ${code.display}`).join(' · ')}</p>
                  )}
                  {reviewState(topic.reviewDueAt) === 'overdue' && <p className="review-warning">Review overdue</p>}
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
