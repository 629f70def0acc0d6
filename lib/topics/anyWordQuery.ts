/**
 * The words of a library search joined with "or" (websearch syntax), for
 * ranking only: a topic whose title has "knee" should outrank one that has
 * "knee" only in its body when someone searches "knee swelling after
 * surgery", but PostgreSQL ranks an all-words query at zero for a title that
 * lacks any one word. Excluded words ("-knee") and the quotes of a phrase are
 * dropped; PostgreSQL still parses, stems and drops stop words as for the match.
 */
export function anyWordQuery(term: string): string {
  return term
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !word.startsWith('-') && word.toLowerCase() !== 'or')
    .join(' or ')
}
