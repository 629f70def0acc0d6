'use client'

import { useState } from 'react'

import type { ShareAccessCheck } from '@/lib/share/accessCheck'
import { DEFAULT_SHARE_LINK_DAYS, SHARE_LINK_VALIDITY_DAYS } from '@/lib/share/shareExpiry'
import { SHARE_LINK_LABEL_MAX_LENGTH } from '@/lib/share/shareLinkLabel'

import type { ShareLinkOptions } from './actions'
import { CHECK_LABELS } from './shareLinkLabels'

/** How long the link lives and what the patient is asked before the handout shows. */
export function CreateShareLinkForm({
  pending,
  onCreate,
  defaultAccessCheck,
}: {
  pending: boolean
  onCreate: (options: ShareLinkOptions, onCreated: () => void) => void
  defaultAccessCheck: ShareAccessCheck
}) {
  const [label, setLabel] = useState('')
  const [validForDays, setValidForDays] = useState<number>(DEFAULT_SHARE_LINK_DAYS)
  const [accessCheck, setAccessCheck] = useState<ShareAccessCheck>(defaultAccessCheck)
  const [birthYear, setBirthYear] = useState('')

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // The year of birth is the patient's: not kept in the form once the link holds it.
    onCreate({ validForDays, accessCheck, label, birthYear: accessCheck === 'birth-year' ? birthYear : undefined }, () => {
      setBirthYear('')
      setLabel('')
    })
  }

  return (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor="share-label">Who is this link for? (optional)</label>
        <p id="share-label-hint" className="muted">
          Only you see this, in the list below, e.g. “daughter” or “home care nurse”. Never shown to the patient.
        </p>
        <input
          id="share-label"
          type="text"
          maxLength={SHARE_LINK_LABEL_MAX_LENGTH}
          autoComplete="off"
          aria-describedby="share-label-hint"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
      </div>
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
  )
}
