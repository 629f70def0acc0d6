import Link from 'next/link'

import { libraryHref, pagerPages } from '@/lib/topics/libraryPaging'

/**
 * Page links for the library's results: a plain GET link per page (works
 * without JavaScript), rel=prev/next for assistive tech and browsers, and the
 * current page marked with aria-current.
 */
export function LibraryPager({ query, categoryId, page, pageCount }: { query: string; categoryId: number | null; page: number; pageCount: number }) {
  if (pageCount <= 1) return null
  const href = (target: number) => libraryHref({ query, categoryId, page: target })
  return (
    <nav aria-label="Pages" className="pager">
      <ul>
        {page > 1 && page <= pageCount ? (
          <li>
            <Link href={href(page - 1)} rel="prev">
              Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
        {pagerPages(Math.min(page, pageCount), pageCount).map((target, index) =>
          target === null ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={target}>
              {target === page ? (
                <span aria-current="page">
                  <span className="visually-hidden">Page </span>
                  {target}
                </span>
              ) : (
                <Link href={href(target)}>
                  <span className="visually-hidden">Page </span>
                  {target}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next">
              Next<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
