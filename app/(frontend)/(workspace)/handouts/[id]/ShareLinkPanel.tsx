'use client'

import { useState, useTransition } from 'react'

import type { ShareLinkStatus } from '@/lib/share/shareLinkStatus'

import { createShareLinkAction, revokeShareLinkAction } from './actions'
import { PdfWithLinkForm } from './PdfWithLinkForm'

interface ShareLinkSummary {
  id: number
  tokenId: string
  createdAt: string
  expiresAt: string
  status: ShareLinkStatus
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { dateStyle: 'medium' })
}

export function ShareLinkPanel({ handoutId, links }: { handoutId: number; links: ShareLinkSummary[] }) {
  const [created, setCreated] = useState<{ url: string; expiresAt: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const [pending, startTransition] = useTransition()

  function create() {
    setError(null)
    setCopied(false)
    startTransition(async () => {
      const result = await createShareLinkAction(handoutId)
      if (result.ok) setCreated({ url: new URL(result.path, window.location.origin).toString(), expiresAt: result.expiresAt })
      else setError(result.error)
    })
  }

  function revoke(linkId: number) {
    setError(null)
    startTransition(async () => {
      const result = await revokeShareLinkAction(handoutId, linkId)
      if (!result.ok) setError(result.error ?? 'The link could not be revoked.')
    })
  }

  async function copy(url: string) {
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }

  return (
    <section className="card" aria-labelledby="share-heading">
      <h2 id="share-heading">Share link</h2>
      <p className="muted">A private link the patient can open on any phone, without an account. It expires after 30 days and you can revoke it at any time.</p>
      {error && (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      )}
      {created && (
        <div className="alert alert--success" role="status">
          <p>
            <strong>Link created.</strong> Copy it now: for the patient&apos;s privacy it is shown only once.
          </p>
          <label htmlFor="patient-link">Patient link</label>
          <input id="patient-link" className="share-url" type="text" readOnly value={created.url} onFocus={(event) => event.currentTarget.select()} />
          <div className="actions">
            <button type="button" className="button--secondary" onClick={() => void copy(created.url)}>
              {copied ? 'Copied' : 'Copy link'}
            </button>
            <span className="muted">Expires {formatDate(created.expiresAt)}</span>
          </div>
          <PdfWithLinkForm handoutId={handoutId} shareUrl={created.url} />
        </div>
      )}
      <button type="button" onClick={create} disabled={pending}>
        {pending ? 'Working…' : 'Create share link'}
      </button>
      {links.length > 0 && (
        <table>
          <caption className="muted">Links for this handout</caption>
          <thead>
            <tr>
              <th scope="col">Link</th>
              <th scope="col">Created</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="skip-link">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => {
              const status = link.status === 'revoked' ? 'Revoked' : link.status === 'expired' ? 'Expired' : `Active until ${formatDate(link.expiresAt)}`
              return (
                <tr key={link.id}>
                  <td>…{link.tokenId}</td>
                  <td>{formatDate(link.createdAt)}</td>
                  <td>{status}</td>
                  <td>
                    {link.status === 'active' && (
                      <button type="button" className="button--danger" onClick={() => revoke(link.id)} disabled={pending} aria-label={`Revoke link …${link.tokenId}`}>
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
