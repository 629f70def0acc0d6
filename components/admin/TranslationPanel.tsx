'use client'

import { toast, useAuth, useDocumentInfo, useFormModified, useLocale } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { hasRole } from '@/access/roles'
import { isLocale, localeInfo, SOURCE_LOCALE } from '@/lib/i18n/locales'
import type { SideBySideReview } from '@/lib/translation/sideBySide'
import type { User } from '@/payload-types'

const STATUS_LABELS: Record<string, string> = {
  'not-started': 'Not started',
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
}

async function post(path: string, body?: unknown): Promise<string | null> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (response.ok) return null
  const json = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return json?.errors?.[0]?.message ?? 'That did not work. Reload the page and try again.'
}

const cell = { verticalAlign: 'top', padding: '0.5rem', borderBottom: '1px solid var(--theme-elevation-150)' } as const

/**
 * The Translation tab: for the language chosen at the top of the page, where
 * its translation stands, the English and the translation side by side, and
 * the workflow's steps (submit for review; a reviewer's side-by-side
 * confirmation and approval). The rules live on the server (lib/translation).
 */
export function TranslationPanel() {
  const { user } = useAuth<User>()
  const { id } = useDocumentInfo()
  const { code } = useLocale()
  const modified = useFormModified()
  const [review, setReview] = useState<SideBySideReview | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [confirmed, setConfirmed] = useState(false)
  const [busy, setBusy] = useState(false)
  const confirmId = useId()
  const fileId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [translatedBy, setTranslatedBy] = useState<'human' | 'machine' | null>(null)
  const locale = isLocale(code) ? code : SOURCE_LOCALE

  useEffect(() => {
    if (!id || locale === SOURCE_LOCALE) return
    let cancelled = false
    fetch(`/api/topics/${encodeURIComponent(String(id))}/translations/${locale}`, { credentials: 'include' })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        return (await response.json()) as SideBySideReview
      })
      .then((loaded) => !cancelled && setReview(loaded))
      .catch(() => !cancelled && setLoadError('The side-by-side view could not be loaded. Reload the page.'))
    return () => {
      cancelled = true
    }
  }, [id, locale])

  if (!id) return <p>Save the topic in English first; then switch the language at the top of the page to translate it.</p>
  if (locale === SOURCE_LOCALE) {
    return (
      <p>
        English is the source text. To translate or review a translation, switch the language at the top of the page. Only an approved translation reaches
        patients; a section whose English changes afterwards is left out of it until the translation is approved again.
      </p>
    )
  }
  const language = localeInfo(locale).label
  if (loadError) return <p role="alert">{loadError}</p>
  if (!review) return <p>Loading the {language} translation…</p>

  const reviewer = hasRole(user, 'admin', 'reviewer')
  const editor = hasRole(user, 'admin', 'editor', 'reviewer')
  const machine = review.translatedBy === 'machine'

  async function importFile() {
    if (!file || !translatedBy) return
    setBusy(true)
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ translatedBy }))
    const response = await fetch(`/api/topics/${encodeURIComponent(String(id))}/translations/${locale}/xliff`, {
      method: 'POST',
      credentials: 'include',
      body: form,
    })
    setBusy(false)
    const json = (await response.json().catch(() => null)) as { message?: string; errors?: { message?: string }[] } | null
    if (!response.ok) {
      toast.error(json?.errors?.[0]?.message ?? 'The file could not be imported. Reload the page and try again.')
      return
    }
    toast.success(json?.message ?? 'Imported.')
    window.location.reload()
  }

  async function run(action: 'submit-review' | 'approve') {
    setBusy(true)
    const error = await post(
      `/api/topics/${encodeURIComponent(String(id))}/translations/${locale}/${action}`,
      action === 'approve' ? { sideBySideReviewed: confirmed } : undefined,
    )
    setBusy(false)
    if (error) {
      toast.error(error)
      return
    }
    window.location.reload()
  }

  return (
    <div>
      <p>
        <strong>{language}:</strong> {STATUS_LABELS[review.status] ?? review.status}
        {review.translatedBy ? ` · ${machine ? 'machine draft' : 'human translation'}` : ''}
        {review.approvedAt
          ? ` · patients get the version approved on ${new Date(review.approvedAt).toLocaleDateString('en-US', { dateStyle: 'long' })}`
          : ' · not given to patients yet'}
      </p>
      {review.outdatedSections.length > 0 ? (
        <p role="status">
          The English of these sections changed since the translation was approved, so patients do not get them in {language}:{' '}
          {review.outdatedSections.join('; ')}.
        </p>
      ) : null}
      <table style={{ width: '100%', borderCollapse: 'collapse', margin: '1rem 0' }}>
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>English and {language}, side by side (latest drafts)</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Text
            </th>
            <th scope="col" style={cell}>
              English
            </th>
            <th scope="col" style={cell}>
              {language}
            </th>
          </tr>
        </thead>
        <tbody>
          {review.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" style={cell}>
                {row.label}
              </th>
              <td style={cell} lang="en">
                {row.source.map((line, index) => (
                  <p key={index}>{line}</p>
                ))}
              </td>
              <td style={cell} lang={locale}>
                {row.translation.length > 0 ? (
                  row.translation.map((line, index) => <p key={index}>{line}</p>)
                ) : (
                  <p>
                    <em>Not translated yet</em>
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editor ? (
        <div role="group" aria-labelledby={`${fileId}-heading`} style={{ margin: '1rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)' }}>
          <p id={`${fileId}-heading`} style={{ fontWeight: 600, marginTop: 0 }}>
            Translation file (XLIFF 2.0)
          </p>
          <p>
            <a href={`/api/topics/${encodeURIComponent(String(id))}/translations/${locale}/xliff`} download>
              Download the English text for a translator
            </a>{' '}
            (with the current {language} text, to revise).
          </p>
          <p>
            <label htmlFor={fileId}>Translated file</label>{' '}
            <input id={fileId} type="file" accept=".xlf,.xliff,application/xliff+xml" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </p>
          <fieldset style={{ border: 0, padding: 0 }}>
            <legend>Who translated it?</legend>
            {(['human', 'machine'] as const).map((source) => (
              <label key={source} style={{ display: 'block' }}>
                <input type="radio" name={`${fileId}-by`} value={source} checked={translatedBy === source} onChange={() => setTranslatedBy(source)} />{' '}
                {source === 'human' ? 'A human translator' : 'A machine (needs a side-by-side review before approval)'}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-medium"
            disabled={busy || modified || !file || !translatedBy}
            title={modified ? 'Save or undo your changes first.' : undefined}
            onClick={() => void importFile()}
          >
            Import the translated file
          </button>
        </div>
      ) : null}
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center' }}>
        {editor && review.status === 'draft' ? (
          <button
            type="button"
            className="btn btn--style-secondary btn--size-medium"
            disabled={busy || modified}
            title={modified ? 'Save the draft first.' : undefined}
            onClick={() => void run('submit-review')}
          >
            Submit {language} for review
          </button>
        ) : null}
        {reviewer && (review.status === 'in-review' || review.status === 'draft') ? (
          <div role="group" aria-label={`Approve the ${language} translation`}>
            {machine ? (
              <p>
                <input id={confirmId} type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />{' '}
                <label htmlFor={confirmId}>I compared every section of this machine draft with the English, side by side, and it says the same thing.</label>
              </p>
            ) : null}
            <button
              type="button"
              className="btn btn--style-primary btn--size-medium"
              disabled={busy || modified || (machine && !confirmed)}
              title={modified ? 'Save the draft first.' : undefined}
              onClick={() => void run('approve')}
            >
              Approve and publish {language}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  )
}
