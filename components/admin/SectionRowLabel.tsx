'use client'

import { useRowLabel } from '@payloadcms/ui'

/** Whichever of these a section kind has names it: a heading, an exercise's name, an image's caption. */
type SectionRow = { heading?: unknown; name?: unknown; caption?: unknown }

function sectionTitle(data: SectionRow | undefined): string | null {
  for (const value of [data?.heading, data?.name, data?.caption]) {
    if (typeof value === 'string' && value.trim()) return value.trim()
  }
  return null
}

/**
 * The header of a section in the topic editor: its number, its kind and its
 * own heading, so a long topic reads as a table of contents instead of a
 * column of "Untitled". One component for every kind (blocks/*\/config.ts).
 */
export function SectionRowLabel({ kind }: { kind?: string }) {
  const { data, rowNumber } = useRowLabel<SectionRow>()
  const title = sectionTitle(data)
  return (
    <span style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'baseline', minWidth: 0 }}>
      <span className="blocks-field__block-number">{String((rowNumber ?? 0) + 1).padStart(2, '0')}</span>
      {kind ? <span className="pill pill--style-white pill--size-small">{kind}</span> : null}
      <span style={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {title ?? `New ${kind?.toLowerCase() ?? 'section'}`}
      </span>
    </span>
  )
}
