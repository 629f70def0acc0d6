import { toast } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { Locale } from '@/lib/i18n/locales'

import { apiErrorMessage } from './topicWorkflowRequests'

/**
 * The translation as an XLIFF 2.0 file: the English to download for a
 * translator, and the translated file to import, saying who translated it
 * (a machine draft needs a side-by-side review before approval).
 */
export function XliffImportForm({
  topicId,
  locale,
  language,
  busy,
  modified,
  onBusyChange,
}: {
  topicId: number | string
  locale: Locale
  language: string
  /** Another step is running: no import until it is done. */
  busy: boolean
  /** The form has unsaved changes, which an import would overwrite. */
  modified: boolean
  onBusyChange: (busy: boolean) => void
}) {
  const fileId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [translatedBy, setTranslatedBy] = useState<'human' | 'machine' | null>(null)
  const xliffPath = `/api/topics/${encodeURIComponent(String(topicId))}/translations/${locale}/xliff`

  async function importFile() {
    if (!file || !translatedBy) return
    onBusyChange(true)
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ translatedBy }))
    const response = await fetch(xliffPath, { method: 'POST', credentials: 'include', body: form })
    onBusyChange(false)
    if (!response.ok) {
      toast.error(await apiErrorMessage(response, 'The file could not be imported. Reload the page and try again.'))
      return
    }
    const json = (await response.json().catch(() => null)) as { message?: string } | null
    toast.success(json?.message ?? 'Imported.')
    window.location.reload()
  }

  return (
    <div role="group" aria-labelledby={`${fileId}-heading`} style={{ margin: '1rem 0', padding: '1rem', border: '1px solid var(--theme-elevation-150)' }}>
      <p id={`${fileId}-heading`} style={{ fontWeight: 600, marginTop: 0 }}>
        Translation file (XLIFF 2.0)
      </p>
      <p>
        <a href={xliffPath} download>
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
  )
}
