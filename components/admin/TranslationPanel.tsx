'use client'

import { useAuth, useDocumentInfo, useFormModified, useLocale } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { hasRole } from '@/access/roles'
import { isLocale, localeInfo, SOURCE_LOCALE } from '@/lib/i18n/locales'
import type { SideBySideReview } from '@/lib/translation/sideBySide'
import { TRANSLATION_STATUSES, UNREVIEWED_TRANSLATION_STATUSES } from '@/lib/translation/translationStatus'
import type { User } from '@/payload-types'

import { runWorkflowStep } from './topicWorkflowRequests'
import { TranslationSideBySide } from './TranslationSideBySide'
import { XliffImportForm } from './XliffImportForm'

const STATUS_LABELS: Record<string, string> = Object.fromEntries(TRANSLATION_STATUSES.map(({ value, label }) => [value, label]))

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

  const run = (action: 'submit-review' | 'approve') =>
    runWorkflowStep(
      `/api/topics/${encodeURIComponent(String(id))}/translations/${locale}/${action}`,
      action === 'approve' ? { sideBySideReviewed: confirmed } : undefined,
      setBusy,
    )

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
      <TranslationSideBySide rows={review.rows} locale={locale} language={language} />
      {editor ? <XliffImportForm topicId={id} locale={locale} language={language} busy={busy} modified={modified} onBusyChange={setBusy} /> : null}
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center' }}>
        {editor && UNREVIEWED_TRANSLATION_STATUSES.has(review.status) ? (
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
        {reviewer && (review.status === 'in-review' || UNREVIEWED_TRANSLATION_STATUSES.has(review.status)) ? (
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
