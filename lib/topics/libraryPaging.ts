/** Topics on one page of the library: a screenful to scan, and a bounded read however large the library grows. */
export const LIBRARY_PAGE_SIZE = 25

/**
 * Longer than this is not a page anyone was sent to: nine digits keep the
 * offset (page × 25) far inside what PostgreSQL takes, so no input reaches
 * the database as an error.
 */
const MAX_PAGE_DIGITS = 9

export type PageNumberRequest = { page: number; valid: true } | { page: 1; valid: false }

/** `?page=` as the library reads it: absent is page 1; "abc", "-1", "0", "2.5" are not page numbers (page 1, flagged). */
export function parsePageNumber(raw: string | undefined): PageNumberRequest {
  if (raw === undefined || raw === '') return { page: 1, valid: true }
  const trimmed = raw.trim()
  if (!new RegExp(`^[0-9]{1,${MAX_PAGE_DIGITS}}$`).test(trimmed) || Number(trimmed) < 1) return { page: 1, valid: false }
  return { page: Number(trimmed), valid: true }
}

export function pageCountFor(total: number, pageSize = LIBRARY_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/** "Showing 26–50 of 312": the positions of the first and last topic on `page`. */
export function shownRange({ page, total, pageSize = LIBRARY_PAGE_SIZE }: { page: number; total: number; pageSize?: number }): { first: number; last: number } {
  const first = Math.min(total, (page - 1) * pageSize + 1)
  return { first, last: Math.min(total, page * pageSize) }
}

/** The page numbers a pager shows: the first, the last, and two either side of the current one; null marks a gap. */
export function pagerPages(page: number, pageCount: number): Array<number | null> {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount))
  const sorted = [...wanted].sort((a, b) => a - b)
  return sorted.flatMap((n, index) => (index > 0 && n - sorted[index - 1]! > 1 ? [null, n] : [n]))
}

/**
 * The library's address for a search, a category, a page and the topics ticked so far; page 1 and empty fields are
 * left out so the address stays short.
 */
export function libraryHref({
  query,
  categoryId,
  page,
  picked = [],
}: {
  query?: string | null
  categoryId?: number | null
  page?: number
  picked?: string[]
}): string {
  const params = new URLSearchParams()
  if (query?.trim()) params.set('q', query.trim())
  if (categoryId) params.set('category', String(categoryId))
  if (page && page > 1) params.set('page', String(page))
  for (const slug of picked) params.append('topic', slug)
  const search = params.toString()
  return search ? `/library?${search}` : '/library'
}
