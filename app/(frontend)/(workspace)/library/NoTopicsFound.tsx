import Link from 'next/link'

import { libraryHref } from '@/lib/topics/libraryPaging'
import type { CategoryChoice } from '@/lib/topics/listCategories'

/** The example a clinician can always try: an ICD-10-CM category finds every topic coded within it. */
const EXAMPLE_CODE = 'M54'

/** An empty search, with what to try next: nobody should be left at a dead end. */
export function NoTopicsFound({
  query,
  categoryId,
  categories,
  picked,
}: {
  query: string
  categoryId: number | null
  categories: CategoryChoice[]
  /** Slugs of the topics ticked so far: every suggestion keeps them. */
  picked: string[]
}) {
  const words = query.split(/\s+/).filter(Boolean)
  const category = categories.find((entry) => entry.id === categoryId)
  return (
    <div className="card no-results">
      <p role="status">
        <strong>No published topics match your search.</strong>
      </p>
      <p>Try:</p>
      <ul>
        <li>checking the spelling{query ? <> of “{query}”</> : null};</li>
        {words.length > 1 ? (
          <li>
            fewer words, for example <Link href={libraryHref({ query: words[0], categoryId, picked })}>{words[0]}</Link>;
          </li>
        ) : (
          <li>fewer or more general words;</li>
        )}
        <li>
          a condition code such as <Link href={libraryHref({ query: EXAMPLE_CODE, picked })}>{EXAMPLE_CODE}</Link>, which also finds M54.6 and the other codes
          under it;
        </li>
        {category && query ? (
          <li>
            <Link href={libraryHref({ query, picked })}>the same search in all categories</Link>;
          </li>
        ) : null}
        <li>browsing the categories below.</li>
      </ul>
      {categories.length > 0 ? (
        <nav aria-label="Categories">
          <ul className="category-links">
            {categories.map((entry) => (
              <li key={entry.id}>
                <Link href={libraryHref({ categoryId: entry.id, picked })}>{entry.name}</Link>
              </li>
            ))}
            <li>
              <Link href={libraryHref({ picked })}>All topics</Link>
            </li>
          </ul>
        </nav>
      ) : (
        <p>
          <Link href="/library">See all topics</Link>
        </p>
      )}
    </div>
  )
}
