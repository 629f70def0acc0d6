'use client'

import { useState } from 'react'

/** Saves the ticked sections, in order and without patient details, as a kit for the next handout. */
export function SaveKitPanel({
  disabled,
  onSave,
}: {
  disabled: boolean
  /** Calls `onSaved` once the kit is stored, which clears the name for the next one. */
  onSave: (kit: { name: string; sharedWithClinic: boolean }, onSaved: () => void) => void
}) {
  const [name, setName] = useState('')
  const [sharedWithClinic, setSharedWithClinic] = useState(false)
  return (
    <details className="save-kit">
      <summary>Save this selection as a kit</summary>
      <p className="hint">Kits keep the ticked sections in this order, without any patient details, to start the next handout faster.</p>
      <div className="field">
        <label htmlFor="kitName">Kit name</label>
        <input id="kitName" type="text" maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="checkbox-field">
        <input id="kitShared" type="checkbox" checked={sharedWithClinic} onChange={(event) => setSharedWithClinic(event.target.checked)} />
        <label htmlFor="kitShared">Share with everyone in the clinic</label>
      </div>
      <button type="button" className="button--secondary" onClick={() => onSave({ name, sharedWithClinic }, () => setName(''))} disabled={disabled}>
        Save kit
      </button>
    </details>
  )
}
