import type { SectionRef } from './createHandoutInput'

/** Identity of a section across topics: block ids are unique only within their topic. */
export function sectionKey(ref: SectionRef): string {
  return `${ref.topicId}:${ref.sectionId}`
}

/** Parses `sectionKey` output; null for anything else. */
export function parseSectionKey(key: string): SectionRef | null {
  const match = /^(\d+):([A-Za-z0-9_-]{1,100})$/.exec(key)
  if (!match) return null
  const topicId = Number(match[1])
  return Number.isSafeInteger(topicId) && topicId > 0 ? { topicId, sectionId: match[2]! } : null
}

/** Drops repeats, keeping each section's first position: a section printed twice helps nobody. */
export function dedupeSections<T extends SectionRef>(refs: readonly T[]): T[] {
  const seen = new Set<string>()
  return refs.filter((ref) => {
    const key = sectionKey(ref)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Moves the item at `from` by `offset` places (−1 up, +1 down); out-of-range moves return the list unchanged. */
export function moveItem<T>(items: readonly T[], from: number, offset: number): T[] {
  const to = from + offset
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || offset === 0) return [...items]
  return moveItemTo(items, from, to)
}

/** Moves the item at `from` to index `to` (what a drag and drop does). */
export function moveItemTo<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items]
  const next = [...items]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved as T)
  return next
}

/**
 * A handout's title from its topics, in order of first use: one topic keeps
 * its title, two are joined, more get a general title (the sections say the rest).
 */
export function handoutTitle(topicTitles: readonly string[]): string {
  const distinct = [...new Set(topicTitles)]
  if (distinct.length === 1) return distinct[0]!
  if (distinct.length === 2) return `${distinct[0]} and ${lowercaseFirstWord(distinct[1]!)}`
  return 'Your care information'
}

/** "Knee pain" → "knee pain", but "COPD at home" stays: acronyms keep their capitals. */
function lowercaseFirstWord(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? `${title.charAt(0).toLowerCase()}${title.slice(1)}` : title
}
