const TOPIC_VERSION_VIEW = /^\/admin\/collections\/topics\/([1-9]\d{0,9})\/versions\/([1-9]\d{0,9})\/?$/

/**
 * A topic's version view opened without a version to compare with (a row of
 * the Versions tab, a bookmark) goes first to the endpoint that picks the
 * published version (collections/Topics/endpoints/compareWithPublished.ts),
 * which comes back with `versionFrom` set, empty when there is nothing to
 * pick, so this applies once. Null for every other address.
 */
export function versionCompareRedirect(pathname: string, searchParams: URLSearchParams): string | null {
  if (searchParams.has('versionFrom')) return null
  const match = TOPIC_VERSION_VIEW.exec(pathname)
  if (!match) return null
  const rest = new URLSearchParams(searchParams)
  rest.delete('_rsc')
  return `/api/topics/${match[1]}/compare-with-published/${match[2]}${rest.size > 0 ? `?${rest}` : ''}`
}
