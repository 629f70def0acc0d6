import { pagerPages } from '@/lib/topics/libraryPaging'

/**
 * Page buttons for the library's results. They submit the library's form
 * (a GET, so it works without JavaScript and the address says where you
 * are), so the topics ticked on this page go with them to the next; links
 * would leave those ticks behind. The current page is marked with aria-current.
 */
export function LibraryPager({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null
  const go = (target: number, label: React.ReactNode) => (
    <button type="submit" name="page" value={target} className="pager__page">
      {label}
    </button>
  )
  return (
    <nav aria-label="Pages" className="pager">
      <ul>
        {page > 1 && page <= pageCount ? (
          <li>
            {go(
              page - 1,
              <>
                Previous<span className="visually-hidden"> page</span>
              </>,
            )}
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
                go(
                  target,
                  <>
                    <span className="visually-hidden">Page </span>
                    {target}
                  </>,
                )
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            {go(
              page + 1,
              <>
                Next<span className="visually-hidden"> page</span>
              </>,
            )}
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
