'use client'

import { useState } from 'react'

import type { ShareAccessCheck } from '@/lib/share/accessCheck'

import { formatDate } from './shareLinkLabels'
import { ShareQrCode } from './ShareQrCode'

export interface CreatedLink {
  url: string
  token: string
  expiresAt: string
  accessCheck: ShareAccessCheck
  accessCode: string | null
}

/** The link just made, shown once: its URL to copy, its QR code, the access code, and the printout that carries them. */
export function CreatedShareLink({ handoutId, created }: { handoutId: number; created: CreatedLink }) {
  const [copied, setCopied] = useState(false)

  async function copy() {
    await navigator.clipboard.writeText(created.url).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }

  return (
    <div className="alert alert--success" role="status">
      <p>
        <strong>Link created.</strong> Copy or print it now: for the patient&apos;s privacy it is shown only once.
      </p>
      <label htmlFor="patient-link">Patient link</label>
      <input id="patient-link" className="share-url" type="text" readOnly value={created.url} onFocus={(event) => event.currentTarget.select()} />
      <div className="actions">
        <button type="button" className="button--secondary" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
        <span className="muted">Expires {formatDate(created.expiresAt)}</span>
      </div>
      <ShareQrCode url={created.url} />
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
  )
}
