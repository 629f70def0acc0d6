import type { FieldDiffServerProps } from 'payload'

import { readabilityComparisonRows } from '@/lib/readability/readabilityComparisonRows'

const cell = { padding: '0.25rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' } as const

/** Version compare: the readability figures side by side, not the stored JSON. */
export function ReadabilityDiff({ comparisonValue, versionValue }: FieldDiffServerProps) {
  const rows = readabilityComparisonRows(comparisonValue, versionValue)
  return (
    <table style={{ borderCollapse: 'collapse', margin: '0 0 1.5rem' }}>
      <caption style={{ textAlign: 'left', fontWeight: 700, padding: '0 0 0.5rem' }}>Readability</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            Figure
          </th>
          <th scope="col" style={cell}>
            Compared version
          </th>
          <th scope="col" style={cell}>
            This version
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} style={row.from !== row.to ? { background: 'var(--theme-warning-50, #fff6e0)' } : undefined}>
            <th scope="row" style={{ ...cell, fontWeight: 400 }}>
              {row.label}
            </th>
            <td style={cell}>{row.from ?? '—'}</td>
            <td style={cell}>{row.to ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
