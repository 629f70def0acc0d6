'use client'

import { useSearchParams } from 'next/navigation'

/** Above the audit list: exports exactly what the list's filters show. */
export function AuditExportLink() {
  const params = useSearchParams()
  const query = new URLSearchParams()
  for (const [key, value] of params.entries()) if (key.startsWith('where')) query.append(key, value)
  const href = `/api/audit-events/export.csv${query.size > 0 ? `?${query.toString()}` : ''}`
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} download>
        Export CSV (current filters)
      </a>{' '}
      <span style={{ opacity: 0.75 }}>Filter by actor, action, target (handout id) or date with “Filters” below. Ids only, no patient data.</span>
    </p>
  )
}
