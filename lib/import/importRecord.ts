import type { Locale } from '@/lib/i18n/locales'

/**
 * What an import keeps in a topic's `importedFrom.record`, whatever the
 * publisher: per language, hashes of each imported part as the source gave
 * it and as it was written here. The next import compares the first with the
 * new source (did the source change?) and the second with the stored topic
 * (did someone here edit it?).
 */
export interface ImportRecord<Hashes> {
  locales: Partial<Record<Locale, { source: Hashes; written: Hashes; links?: string }>>
  /** Content packs: this Careleaf's media id for each image key of the pack. */
  media?: Record<string, number>
}

export function readImportRecord<Hashes>(value: unknown): ImportRecord<Hashes> {
  if (value && typeof value === 'object' && 'locales' in value && value.locales && typeof value.locales === 'object') {
    const media = 'media' in value && value.media && typeof value.media === 'object' ? { media: { ...(value.media as Record<string, number>) } } : {}
    return { locales: { ...(value.locales as ImportRecord<Hashes>['locales']) }, ...media }
  }
  return { locales: {} }
}

/** The parts whose hashes differ, by their labels (in the labels' order). */
export function changedPartLabels<Part extends string>(before: Record<Part, string>, after: Record<Part, string>, labels: Record<Part, string>): string[] {
  return (Object.keys(labels) as Part[]).filter((part) => before[part] !== after[part]).map((part) => labels[part])
}

export type ReimportStep = { step: 'unchanged' } | { step: 'update'; changed: string[] } | { step: 'keep-local-edits'; changed: string[] }

/**
 * The re-import rule every import follows: a source unchanged since the last
 * import leaves the topic untouched; a changed source replaces the text
 * (a new draft version, the earlier one in the history) unless the stored
 * text differs from what the last import wrote, in which case the local
 * edits are kept and the topic is flagged, never overwritten silently.
 * `storedNow` is read only when the source changed.
 */
export async function decideReimport<Part extends string>({
  before,
  source,
  labels,
  storedNow,
}: {
  before: { source: Record<Part, string>; written: Record<Part, string> }
  source: Record<Part, string>
  labels: Record<Part, string>
  storedNow: () => Promise<Record<Part, string> | null>
}): Promise<ReimportStep> {
  const changed = changedPartLabels(before.source, source, labels)
  if (changed.length === 0) return { step: 'unchanged' }
  const stored = await storedNow()
  // Gone (or made unreadable) here counts as an edit too.
  if (!stored || changedPartLabels(before.written, stored, labels).length > 0) return { step: 'keep-local-edits', changed }
  return { step: 'update', changed }
}
