'use client'

import { useMemo, useState, useTransition } from 'react'

import type { ShareAccessCheck } from '@/lib/share/accessCheck'
import { DEFAULT_SHARE_LINK_DAYS, SHARE_LINK_VALIDITY_DAYS } from '@/lib/share/shareExpiry'
import type { ShareLinkStatus } from '@/lib/share/shareLinkStatus'
import { shareQrCode } from '@/lib/share/shareQrCode'

import { createShareLinkAction, revokeShareLinkAction } from './actions'

interface ShareLinkSummary {
  id: number
  tokenId: string
  createdAt: string
  expiresAt: string
  status: ShareLinkStatus
  accessCheck: ShareAccessCheck
  /** From summariseShareActivity: "Not opened yet" / "Opened 3×, last …". */
  activity: string
  pdfDownloads: number
}

interface CreatedLink {
  url: string
  token: string
  expiresAt: string
  accessCheck: ShareAccessCheck
  accessCode: string | null
}

const CHECK_LABELS: Record<ShareAccessCheck, string> = { none: 'None', 'birth-year': 'Year of birth', 'access-code': 'Access code' }

/** Every status but `active`, which shows its expiry date. */
const STATUS_LABELS: Partial<Record<ShareLinkStatus, string>> = {
  revoked: 'Revoked',
  expired: 'Expired',
  blocked: 'Locked after repeated wrong answers — make a new link',
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { dateStyle: 'medium' })
}

function ShareQr({ url }: { url: string }) {
  const qr = useMemo(() => shareQrCode(url), [url])
  return (
    <svg
      className="share-qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={168}
      height={168}
      role="img"
      aria-label="QR code: scan it with a phone camera to open the handout"
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  )
}

export function ShareLinkPanel({ handoutId, links }: { handoutId: number; links: ShareLinkSummary[] }) {
  const [created, setCreated] = useState<CreatedLink | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const [validForDays, setValidForDays] = useState<number>(DEFAULT_SHARE_LINK_DAYS)
  const [accessCheck, setAccessCheck] = useState<ShareAccessCheck>('none')
  const [birthYear, setBirthYear] = useState('')
  const [pending, startTransition] = useTransition()

  function create(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)
    setCopied(false)
    startTransition(async () => {
      const result = await createShareLinkAction(handoutId, { validForDays, accessCheck, birthYear: accessCheck === 'birth-year' ? birthYear : undefined })
      if (result.ok) {
        const url = new URL(result.path, window.location.origin).toString()
        setCreated({ url, token: result.path.replace('/p/', ''), expiresAt: result.expiresAt, accessCheck: result.accessCheck, accessCode: result.accessCode })
        setBirthYear('')
      } else setError(result.error)
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
      <p className="muted">
        A private link the patient can open on any phone, without an account. You can make one per family member and revoke each at any time.
      </p>
      {error && (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      )}
      {created && (
        <div className="alert alert--success" role="status">
          <p>
            <strong>Link created.</strong> Copy or print it now: for the patient&apos;s privacy it is shown only once.
          </p>
          <label htmlFor="patient-link">Patient link</label>
          <input id="patient-link" className="share-url" type="text" readOnly value={created.url} onFocus={(event) => event.currentTarget.select()} />
          <div className="actions">
            <button type="button" className="button--secondary" onClick={() => void copy(created.url)}>
              {copied ? 'Copied' : 'Copy link'}
            </button>
            <span className="muted">Expires {formatDate(created.expiresAt)}</span>
          </div>
          <ShareQr url={created.url} />
          {created.accessCode && (
            <p>
              Access code for the patient:{' '}
              <strong className="access-code" data-testid="access-code">
                {created.accessCode}
              </strong>
            </p>
          )}
          {created.accessCheck === 'birth-year' && <p>The patient will be asked for their year of birth.</p>}
          <form method="post" action={`/handouts/${handoutId}/pdf`}>
            <input type="hidden" name="token" value={created.token} />
            {created.accessCode && <input type="hidden" name="accessCode" value={created.accessCode} />}
            <button type="submit" className="button--secondary">
              Download PDF with this link and QR code
            </button>
          </form>
        </div>
      )}
      <form onSubmit={create}>
        <div className="field">
          <label htmlFor="share-expiry">Link expires after</label>
          <select id="share-expiry" value={validForDays} onChange={(event) => setValidForDays(Number(event.target.value))}>
            {SHARE_LINK_VALIDITY_DAYS.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Patient check before the handout shows</legend>
          {(Object.keys(CHECK_LABELS) as ShareAccessCheck[]).map((check) => (
            <label key={check} className="choice">
              <input type="radio" name="accessCheck" value={check} checked={accessCheck === check} onChange={() => setAccessCheck(check)} />{' '}
              {check === 'none' ? 'None' : check === 'birth-year' ? 'Year of birth' : '6-digit access code (printed on the PDF)'}
            </label>
          ))}
          {accessCheck === 'birth-year' && (
            <div className="field">
              <label htmlFor="share-birth-year">Patient&apos;s year of birth</label>
              <input
                id="share-birth-year"
                type="text"
                inputMode="numeric"
                maxLength={4}
                required
                value={birthYear}
                onChange={(event) => setBirthYear(event.target.value)}
              />
            </div>
          )}
        </fieldset>
        <button type="submit" disabled={pending}>
          {pending ? 'Working…' : 'Create share link'}
        </button>
      </form>
      {links.length > 0 && (
        <table>
          <caption className="muted">Links for this handout</caption>
          <thead>
            <tr>
              <th scope="col">Link</th>
              <th scope="col">Check</th>
              <th scope="col">Status</th>
              <th scope="col">Activity</th>
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
                  <td>
                    …{link.tokenId}
                    <br />
                    <span className="muted">{formatDate(link.createdAt)}</span>
                  </td>
                  <td>{CHECK_LABELS[link.accessCheck]}</td>
                  <td>{status}</td>
                  <td>
                    {link.activity}
                    {downloads}
                  </td>
                  <td>
                    {link.status === 'active' && (
                      <button
                        type="button"
                        className="button--danger"
                        onClick={() => revoke(link.id)}
                        disabled={pending}
                        aria-label={`Revoke link …${link.tokenId}`}
                      >
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
