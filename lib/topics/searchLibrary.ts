import type { Payload } from 'payload'
import { z } from 'zod'

import type { PortalUser } from '@/lib/auth/portalUser'

import { libraryHref, parsePageNumber } from './libraryPaging'
import { type CategoryChoice, listCategories } from './listCategories'
import { findPickedTopics, parsePickedSlugs } from './pickedTopics'
import { searchTopics, type TopicSearchPage } from './searchTopics'

export type LibrarySearchParams = Record<string, string | string[] | undefined>

export interface LibraryView {
  query: string
  categoryId: number | null
  results: TopicSearchPage
  categories: CategoryChoice[]
  /** Topics ticked so far (`?topic=`), on this page or others, in the order ticked. */
  picked: Array<{ slug: string; title: string }>
  /** Ticks past what one handout takes, left out. */
  pickedDropped: number
  /**
   * Why the page shows something other than what its address asked for, or
   * where to go instead: "abc" is not a page number, page 99999 is past the
   * last one. Null when the address was fine.
   */
  pageProblem: { message: string; href: string; linkText: string } | null
}

const LibraryParams = z.object({
  q: z.string().max(200).optional().catch(undefined),
  category: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
})

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * The library for an address's search parameters, as `user`: the search, the
 * category, and the page, each read forgivingly. Whatever is typed into the
 * address (`?page=-1`, `?page=abc`, `?page=99999`, `?category=x`), the answer
 * is a page of the library that says what happened, never an error.
 */
export async function searchLibrary({ payload, user, params }: { payload: Payload; user: PortalUser; params: LibrarySearchParams }): Promise<LibraryView> {
  const categoryRaw = first(params.category)
  const { q, category } = LibraryParams.parse({ q: first(params.q), category: categoryRaw === '' ? undefined : categoryRaw })
  const query = (q ?? '').replace(/\u0000/g, '').trim()
  const categoryId = category ?? null
  const requested = parsePageNumber(first(params.page))
  const { slugs, dropped: pickedDropped } = parsePickedSlugs(params.topic)
  const [results, categories, picked] = await Promise.all([
    searchTopics({ payload, user, query, categoryId, page: requested.page }),
    listCategories({ payload, user }),
    findPickedTopics({ payload, user, slugs }),
  ])

  const pickedSlugs = picked.map((topic) => topic.slug)
  let pageProblem: LibraryView['pageProblem'] = null
  if (!requested.valid) {
    pageProblem = {
      message: 'That page number was not a whole number from 1 up, so this is page 1.',
      href: libraryHref({ query, categoryId, picked: pickedSlugs }),
      linkText: 'Page 1',
    }
  } else if (results.total > 0 && results.page > results.pageCount) {
    const { pageCount } = results
    pageProblem = {
      message: `There is no page ${results.page}: these results fill ${pageCount === 1 ? '1 page' : `${pageCount} pages`}.`,
      href: libraryHref({ query, categoryId, page: pageCount, picked: pickedSlugs }),
      linkText: pageCount === 1 ? 'Go to the results' : `Go to the last page (${pageCount})`,
    }
  }
  return { query, categoryId, results, categories, picked, pickedDropped, pageProblem }
}
