import type { Metadata } from 'next'
import Link from 'next/link'

import { requirePortalUser } from '@/lib/auth/getPortalUser'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { shownRange } from '@/lib/topics/libraryPaging'
import { MAX_PICKED_TOPICS } from '@/lib/topics/pickedTopics'
import { reviewState } from '@/lib/topics/reviewStatus'
import { searchLibrary } from '@/lib/topics/searchLibrary'

import { LibraryPager } from './LibraryPager'
import { NoTopicsFound } from './NoTopicsFound'

export const metadata: Metadata = { title: 'Library' }

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePortalUser('/library')
  const { query, categoryId, results, categories, picked, pickedDropped, pageProblem } = await searchLibrary({
    payload: await getPayloadClient(),
    user,
    params: await searchParams,
  })
  const { topics, total, page, pageCount } = results
  const searching = query !== '' || categoryId !== null
  const { first, last } = shownRange({ page, total, pageSize: results.pageSize })
  const pickedSlugs = new Set(picked.map((topic) => topic.slug))
  const shownSlugs = new Set(topics.map((topic) => topic.slug))
  const pickedElsewhere = picked.filter((topic) => !shownSlugs.has(topic.slug))

  return (
    <>
      <h1>Library</h1>
      <p className="muted">
        Search the library, open a topic to make a handout from it, or tick several topics, on any page and in any search, and start one handout with all of
        them.
      </p>
      {/*
        One GET form: the search works without JavaScript and its address can be bookmarked or shared with a colleague,
        and the ticked topics go with every search and page button (as ?topic=), so none is lost on the way. "Start a
        handout" sends the same ticks to the builder.
      */}
      <form action="/library" method="get">
        <div role="search" className="search-form">
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
          {/* First in the form: pressing Enter in the search box searches. */}
          <button type="submit">Search</button>
        </div>
        {pageProblem ? (
          <p className="alert alert--error" role="status">
            {pageProblem.message} <Link href={pageProblem.href}>{pageProblem.linkText}</Link>
          </p>
        ) : null}
        {pickedDropped > 0 ? (
          <p className="alert alert--error" role="status">
            One handout takes up to {MAX_PICKED_TOPICS} topics: the first {MAX_PICKED_TOPICS} you ticked are kept.
          </p>
        ) : null}
        {pickedElsewhere.length > 0 ? (
          <fieldset className="picked-topics">
            <legend>
              Ticked in other searches or pages ({pickedElsewhere.length} {pickedElsewhere.length === 1 ? 'topic' : 'topics'})
            </legend>
            <ul>
              {pickedElsewhere.map((topic) => (
                <li key={topic.slug} className="choice">
                  <input type="checkbox" name="topic" value={topic.slug} id={`picked-${topic.slug}`} defaultChecked />
                  <label htmlFor={`picked-${topic.slug}`}>{topic.title}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        {total === 0 ? (
          searching ? (
            <NoTopicsFound query={query} categoryId={categoryId} categories={categories} picked={picked.map((topic) => topic.slug)} />
          ) : (
            <p role="status">No published topics yet. Content editors publish topics in the CMS.</p>
          )
        ) : topics.length > 0 ? (
          <>
            <p role="status" className="muted">
              Showing {first}–{last} of {total} {total === 1 ? 'topic' : 'topics'}
              {query ? <> for “{query}”</> : null}
            </p>
            <ul className="topic-list">
              {topics.map((topic) => (
                <li key={topic.id} className="card topic-card">
                  <input
                    type="checkbox"
                    name="topic"
                    value={topic.slug}
                    id={`pick-${topic.id}`}
                    aria-label={`Add ${topic.title} to a new handout`}
                    defaultChecked={pickedSlugs.has(topic.slug)}
                  />
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
          </>
        ) : null}
        {topics.length > 0 || pickedElsewhere.length > 0 ? (
          <button type="submit" formAction="/handouts/new" className="button--secondary">
            Start a handout with the ticked topics
          </button>
        ) : null}
        <LibraryPager page={page} pageCount={pageCount} />
      </form>
    </>
  )
}
