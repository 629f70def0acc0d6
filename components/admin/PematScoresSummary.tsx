'use client'

import { useFormFields } from '@payloadcms/ui'

import { PEMAT_THRESHOLD_PERCENT } from '@/lib/pemat/pematItems'

function figure(value: unknown): string {
  return typeof value === 'number' ? `${value} %` : '—'
}

/** The saved PEMAT-P scores beside the readability figures; the rating itself is on the PEMAT-P tab. */
export function PematScoresSummary() {
  const understandability = useFormFields(([fields]) => fields.pematUnderstandability?.value)
  const actionability = useFormFields(([fields]) => fields.pematActionability?.value)
  return (
    <p style={{ margin: '0 0 1.5rem' }}>
      <strong>PEMAT-P</strong>: understandability {figure(understandability)}, actionability {figure(actionability)} ({PEMAT_THRESHOLD_PERCENT} % or more
      expected; rated on the PEMAT-P tab).
    </p>
  )
}
