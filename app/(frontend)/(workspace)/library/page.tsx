import type { Metadata } from 'next'
import Link from 'next/link'

import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { shownRange } from '@/lib/topics/libraryPaging'
import { reviewState } from '@/lib/topics/reviewStatus'
import { searchLibrary } from '@/lib/topics/searchLibrary'

import { LibraryPager } from './LibraryPager'
import { NoTopicsFound } from './NoTopicsFound'

export const metadata: Metadata = { title: 'Library' }

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePortalUser('/library')
  const { query, categoryId, results, categories, pageProblem } = await searchLibrary({ payload: await getPayloadClient(), user, params: await searchParams })
  const { topics, total, page, pageCount } = results
  const searching = query !== '' || categoryId !== null
  const { first, last } = shownRange({ page, total, pageSize: results.pageSize })

  return (
    <>
      <h1>Library</h1>
      <p className="muted">Search the library, open a topic to make a handout from it, or tick several topics and start one handout with all of them.</p>
      {/* A GET form: the search works without JavaScript, and its address can be bookmarked or shared with a colleague. */}
      <form role="search" className="search-form" action="/library" method="get">
        <div className="field">
          <label htmlFor="library-q">Search topics</label>
          <input
            id="library-q"
            name="q"
            type="search"
            defaultValue={query}
            placeholder="Condition, symptom or code (e.g. M54)"
            aria-describedby="library-q-hint"
            maxLength={200}
          />
          <p id="library-q-hint" className="hint">
            Words, or a condition code: M54 also finds M54.6.
          </p>
        </div>
        <div className="field">
          <label htmlFor="library-category">Category</label>
          <select id="library-category" name="category" defaultValue={categoryId ? String(categoryId) : ''}>
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
      {pageProblem ? (
        <p className="alert alert--error" role="status">
          {pageProblem.message} <Link href={pageProblem.href}>{pageProblem.linkText}</Link>
        </p>
      ) : null}
      {total === 0 ? (
        searching ? (
          <NoTopicsFound query={query} categoryId={categoryId} categories={categories} />
        ) : (
          <p role="status">No published topics yet. Content editors publish topics in the CMS.</p>
        )
      ) : topics.length > 0 ? (
        <form action="/handouts/new" method="get">
          <p role="status" className="muted">
            Showing {first}–{last} of {total} {total === 1 ? 'topic' : 'topics'}
            {query ? <> for “{query}”</> : null}
          </p>
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
      ) : null}
      <LibraryPager query={query} categoryId={categoryId} page={page} pageCount={pageCount} />
    </>
  )
}
