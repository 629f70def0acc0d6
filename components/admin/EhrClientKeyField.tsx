'use client'

import { toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * "Generate API key" / "Rotate API key" on an EHR client: calls
 * `POST /api/ehr-clients/:id/key` and shows the key once, to copy into the
 * EHR. Reloading the page loses it on purpose: only its hash is kept.
 */
export function EhrClientKeyField() {
  const { id } = useDocumentInfo()
  const keyId = useFormFields(([fields]) => fields.keyId?.value)
  const [busy, setBusy] = useState(false)
  const [key, setKey] = useState<string | null>(null)

  if (!id) return <p className="field-description">Save the client first; then generate its Infobutton API key here.</p>

  async function generate() {
    if (keyId && !window.confirm('Rotate the key? The current key stops working at once.')) return
    setBusy(true)
    const response = await fetch(`/api/ehr-clients/${encodeURIComponent(String(id))}/key`, { method: 'POST', credentials: 'include' })
    setBusy(false)
    if (!response.ok) {
      toast.error('The key was not generated. Reload the page and try again.')
      return
    }
    const body = (await response.json()) as { key: string }
    setKey(body.key)
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <label className="field-label">Infobutton API key</label>
      {key ? (
        <div role="status">
          <p>Copy this key into the EHR now. It will not be shown again.</p>
          <code aria-label="New API key" style={{ display: 'block', padding: '0.5rem', wordBreak: 'break-all', userSelect: 'all' }}>
            {key}
          </code>
        </div>
      ) : (
        <p className="field-description">{keyId ? `Key ${String(keyId)} is in use.` : 'No key yet.'} The EHR sends it in the Authorization (Bearer) header.</p>
      )}
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={generate}>
        {keyId || key ? 'Rotate API key' : 'Generate API key'}
      </button>
    </div>
  )
}
