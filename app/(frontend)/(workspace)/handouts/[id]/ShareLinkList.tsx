'use client'

import { useActionState } from 'react'

import type { ShareLinkSummary } from '@/lib/share/listShareLinks'
import type { ShareLinkStatus } from '@/lib/share/shareLinkStatus'
import { describeLinkAnswers } from '@/lib/teachBack/describeLinkAnswers'
import type { LinkAnswerScore } from '@/lib/teachBack/scoreLinkAnswers'

import { revokeShareLinkAction } from './actions'
import { CHECK_LABELS, formatDate } from './shareLinkLabels'

/** Every status but `active`, which shows its expiry date. */
const STATUS_LABELS: Partial<Record<ShareLinkStatus, string>> = {
  revoked: 'Revoked',
  expired: 'Expired',
  blocked: 'Locked after repeated wrong answers — make a new link',
}

/** How the clinician tells links apart: their label if they gave one, else the short id. */
function linkName(link: ShareLinkSummary): string {
  return link.label ? `“${link.label}” (…${link.tokenId})` : `…${link.tokenId}`
}

/**
 * Revoking cannot be undone, so it asks first and names the link. A
 * disclosure and a plain form: the question and the revoke both work before
 * (or without) the page's JavaScript.
 */
function RevokeLink({ handoutId, link }: { handoutId: number; link: ShareLinkSummary }) {
  const [state, formAction, pending] = useActionState(revokeShareLinkAction, null)
  const name = linkName(link)
  return (
    <details className="confirm-revoke">
      <summary className="button button--secondary">
        Revoke…<span className="visually-hidden"> link {name}</span>
      </summary>
      <form action={formAction}>
        <input type="hidden" name="handoutId" value={handoutId} />
        <input type="hidden" name="shareLinkId" value={link.id} />
        <p>Revoke the link {name}? Whoever has it will no longer be able to open the handout. This cannot be undone.</p>
        {state?.error && (
          <p className="alert alert--error" role="alert">
            {state.error}
          </p>
        )}
        <button type="submit" className="button--danger" disabled={pending}>
          {pending ? 'Revoking…' : `Revoke link ${name}`}
        </button>
      </form>
    </details>
  )
}

/** What the patient answered through the link: the score and the sections to go over again. */
function LinkAnswers({ score }: { score: LinkAnswerScore | undefined }) {
  if (!score) return <>Not yet answered</>
  const described = describeLinkAnswers(score, formatDate)
  return (
    <>
      {described.status}
      {described.score ? (
        <>
          <br />
          <strong>{described.score}</strong>
        </>
      ) : null}
      {described.reteach.length > 0 ? (
        <>
          <br />
          Re-teach: {described.reteach.join('; ')}
        </>
      ) : null}
    </>
  )
}

/** The handout's links with what became of each; active ones can be revoked. */
export function ShareLinkList({
  handoutId,
  links,
  answers,
}: {
  handoutId: number
  links: ShareLinkSummary[]
  /** Per link id, the patient's answers to the handout's questions (read fresh for each request). */
  answers: Record<number, LinkAnswerScore>
}) {
  return (
    <table className="stacked-table">
      <caption className="muted">Links for this handout</caption>
      <thead>
        <tr>
          <th scope="col">Link</th>
          <th scope="col">Check</th>
          <th scope="col">Status</th>
          <th scope="col">Activity</th>
          <th scope="col">Understanding</th>
          <th scope="col">
            <span className="skip-link">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {links.map((link) => {
          const status = STATUS_LABELS[link.status] ?? `Active until ${formatDate(link.expiresAt)}`
          const downloads = link.pdfDownloads > 0 ? ` · PDF ${link.pdfDownloads}×` : ''
          return (
            <tr key={link.id}>
              <td data-label="Link">
                {link.label ? (
                  <>
                    <strong>{link.label}</strong>
                    <br />
                  </>
                ) : null}
                …{link.tokenId}
                <br />
                <span className="muted">{formatDate(link.createdAt)}</span>
              </td>
              <td data-label="Check">{CHECK_LABELS[link.accessCheck]}</td>
              <td data-label="Status">{status}</td>
              <td data-label="Activity">
                {link.activity}
                {downloads}
              </td>
              <td data-label="Understanding">
                <LinkAnswers score={answers[link.id]} />
              </td>
              <td>{link.status === 'active' && <RevokeLink handoutId={handoutId} link={link} />}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
