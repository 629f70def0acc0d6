'use client'

import Link from 'next/link'
import { useEffect, useId, useState } from 'react'

import type { ContentPackImportSummary } from '@/lib/contentPacks/importContentPack'

import { apiErrorMessage } from './topicWorkflowRequests'

interface TopicChoice {
  id: number
  title: string
}

const OUTCOMES = ['created', 'updated', 'unchanged', 'flagged', 'refused'] as const
const SEARCH_LIMIT = 20

/**
 * The admin's content pack page: pick published topics and download them as
 * a pack for another clinic; upload a pack from another clinic and see what
 * it did. The rules (admins only, published versions, verification) live on
 * the server (lib/contentPacks).
 */
export function ContentPacksPanel() {
  return (
    <div style={{ display: 'grid', gap: '2rem', maxWidth: '48rem' }}>
      <ExportSection />
      <ImportSection />
    </div>
  )
}

function ExportSection() {
  const searchId = useId()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<TopicChoice[] | null>(null)
  const [chosen, setChosen] = useState<Map<number, string>>(new Map())
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    const params = new URLSearchParams({
      'where[_status][equals]': 'published',
      limit: String(SEARCH_LIMIT),
      sort: 'title',
      depth: '0',
      'select[title]': 'true',
    })
    if (query.trim()) params.set('where[title][like]', query.trim())
    const timer = setTimeout(() => {
      fetch(`/api/topics?${params}`, { credentials: 'include', signal: controller.signal })
        .then(async (response) => {
          if (!response.ok) throw new Error(await apiErrorMessage(response))
          return ((await response.json()) as { docs: TopicChoice[] }).docs
        })
        .then(setFound)
        .catch((failure: unknown) => {
          if (!controller.signal.aborted) setError(failure instanceof Error ? failure.message : 'The topics could not be loaded.')
        })
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  function toggle(topic: TopicChoice, on: boolean) {
    setChosen((current) => {
      const next = new Map(current)
      if (on) next.set(topic.id, topic.title)
      else next.delete(topic.id)
      return next
    })
  }

  async function download() {
    setBusy(true)
    setError(null)
    const response = await fetch(`/api/topics/content-packs/export?topics=${[...chosen.keys()].join(',')}`, { credentials: 'include' })
    if (!response.ok) {
      setError(await apiErrorMessage(response))
      setBusy(false)
      return
    }
    const fileName = /filename="([^"]+)"/u.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'careleaf-content-pack.zip'
    const url = URL.createObjectURL(await response.blob())
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    URL.revokeObjectURL(url)
    setBusy(false)
  }

  const visible = [...(found ?? []), ...[...chosen].filter(([id]) => !found?.some((topic) => topic.id === id)).map(([id, title]) => ({ id, title }))]
  return (
    <section aria-labelledby={`${searchId}-heading`}>
      <h2 id={`${searchId}-heading`}>Export topics for another clinic</h2>
      <p>
        A pack holds each chosen topic’s published version: every approved language, sections, codes, categories, sources, images and who reviewed it. Never
        patients, handouts, share links or staff accounts. The other clinic imports it as drafts for its own reviewers.
      </p>
      <p>
        <label htmlFor={searchId}>Find published topics</label>
        <br />
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} style={{ width: '100%', padding: '0.5rem' }} />
      </p>
      {found === null && !error ? <p>Loading topics…</p> : null}
      {found?.length === 0 ? <p>No published topic matches.</p> : null}
      <fieldset style={{ border: 'none', padding: 0 }}>
        <legend>Topics to export</legend>
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {visible.map((topic) => (
            <li key={topic.id}>
              <label>
                <input type="checkbox" checked={chosen.has(topic.id)} onChange={(event) => toggle(topic, event.target.checked)} /> {topic.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy || chosen.size === 0} onClick={() => void download()}>
        {busy ? 'Preparing the pack…' : `Download a pack of ${chosen.size} topic${chosen.size === 1 ? '' : 's'}`}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  )
}

function ImportSection() {
  const fileId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [summary, setSummary] = useState<ContentPackImportSummary | null>(null)

  async function importPack() {
    if (!file) return
    setBusy(true)
    setError(null)
    setSummary(null)
    const form = new FormData()
    form.append('file', file)
    const response = await fetch('/api/topics/content-packs/import', { method: 'POST', credentials: 'include', body: form })
    if (response.ok) setSummary((await response.json()) as ContentPackImportSummary)
    else setError(await apiErrorMessage(response, 'The pack could not be imported. Reload the page and try again.'))
    setBusy(false)
  }

  return (
    <section aria-labelledby={`${fileId}-heading`}>
      <h2 id={`${fileId}-heading`}>Import a pack from another clinic</h2>
      <p>
        Topics arrive as drafts with where they came from and who reviewed them there; translations arrive as “Imported — needs review”. Nothing reaches
        patients until a reviewer here publishes it. A newer pack updates unchanged drafts and flags topics edited here instead of overwriting them.
      </p>
      <p>
        <label htmlFor={fileId}>Content pack (.zip)</label>
        <br />
        <input id={fileId} type="file" accept=".zip,application/zip" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </p>
      <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy || !file} onClick={() => void importPack()}>
        {busy ? 'Checking and importing…' : 'Import the pack'}
      </button>
      {error ? <p role="alert">{error}</p> : null}
      {summary ? <ImportSummary summary={summary} /> : null}
    </section>
  )
}

function ImportSummary({ summary }: { summary: ContentPackImportSummary }) {
  const date = new Date(summary.packCreatedAt).toLocaleDateString('en-US', { dateStyle: 'long' })
  return (
    <div role="status">
      <p>
        Imported the pack {summary.clinicName} made on {date}.
      </p>
      <table>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>What the import did</caption>
        <thead>
          <tr>
            <th scope="col" />
            {OUTCOMES.map((outcome) => (
              <th key={outcome} scope="col">
                {outcome[0]!.toUpperCase() + outcome.slice(1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['topics', 'translations'] as const).map((row) => (
            <tr key={row}>
              <th scope="row">{row === 'topics' ? 'Topics' : 'Translations'}</th>
              {OUTCOMES.map((outcome) => (
                <td key={outcome}>{summary[row][outcome]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {summary.refusals.length > 0 ? (
        <ul>
          {summary.refusals.map((refusal, index) => (
            <li key={index}>
              Refused “{refusal.title}”: {refusal.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href="/admin/collections/topics?where[importedFrom.publisher][equals]=careleaf-pack">Review the imported drafts</Link>
      </p>
    </div>
  )
}
