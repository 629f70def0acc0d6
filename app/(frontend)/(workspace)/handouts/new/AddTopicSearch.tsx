'use client'

import { type KeyboardEvent, useState } from 'react'

import type { TopicsToAdd } from '@/lib/handouts/findTopicsToAdd'

import { findTopicsToAddAction } from './actions'

/** What the search for a topic to add found, said in words: how many, and what to try when it is too many or none. */
function topicSearchStatus(query: string, found: TopicsToAdd): string {
  if (found.total === 0) return `No published topic matches “${query}”. Try fewer or other words, or a condition code such as M54.`
  if (found.total > found.topics.length) return `The ${found.topics.length} best of ${found.total} topics matching “${query}”: add a word to narrow it down.`
  return found.total === 1 ? `1 topic matches “${query}”.` : `${found.total} topics match “${query}”.`
}

/**
 * "Add another topic": searches the library as the library page does (words
 * or a code) and offers the best matches, so the builder never sends every
 * title with the page. Enter searches; it never submits the handout.
 */
export function AddTopicSearch({
  inHandout,
  busy,
  onAdd,
}: {
  /** Topics already in the handout, shown as such instead of an Add button. */
  inHandout: ReadonlyMap<number, unknown>
  busy: boolean
  onAdd: (topicId: number) => void
}) {
  const [topicQuery, setTopicQuery] = useState('')
  const [found, setFound] = useState<{ query: string; result: TopicsToAdd } | null>(null)
  const [searching, setSearching] = useState(false)
  const [searchStatus, setSearchStatus] = useState('')

  async function findTopics() {
    const query = topicQuery.trim()
    if (query === '' || searching) return
    setSearching(true)
    try {
      const result = await findTopicsToAddAction(query)
      setFound(result ? { query, result } : null)
      setSearchStatus(result ? topicSearchStatus(query, result) : 'Your session has ended. Sign in again in another tab, then search again.')
    } catch {
      setFound(null)
      setSearchStatus('The search could not be run. Try again in a moment.')
    } finally {
      setSearching(false)
    }
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches for a topic; it must not submit the handout.
    if (event.key !== 'Enter') return
    event.preventDefault()
    void findTopics()
  }

  return (
    <div className="add-topic">
      <label htmlFor="addTopic">Add another topic</label>
      <p id="addTopic-hint" className="hint">
        Search the library by condition, symptom or code (e.g. M54).
      </p>
      <div className="actions">
        <input
          id="addTopic"
          type="search"
          value={topicQuery}
          maxLength={200}
          autoComplete="off"
          aria-describedby="addTopic-hint"
          onChange={(event) => setTopicQuery(event.target.value)}
          onKeyDown={onSearchKeyDown}
        />
        <button type="button" className="button--secondary" onClick={() => void findTopics()} disabled={topicQuery.trim() === '' || searching}>
          Find topics
        </button>
      </div>
      {/* Always there, so screen readers hear each search's outcome as it changes. */}
      <p className="hint" role="status">
        {searchStatus}
      </p>
      {found ? (
        <>
          {found.result.topics.length > 0 ? (
            <ul className="topic-results" aria-label="Topics found">
              {found.result.topics.map((topic) => (
                <li key={topic.id}>
                  <span>{topic.title}</span>
                  {inHandout.has(topic.id) ? (
                    <span className="muted">In this handout</span>
                  ) : (
                    <button type="button" className="button--secondary" onClick={() => onAdd(topic.id)} disabled={busy} aria-label={`Add ${topic.title}`}>
                      Add
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
