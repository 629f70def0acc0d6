/**
 * Checks on the request target (path and query) that need no database and no
 * session: input no route can ever accept, refused before it reaches one.
 */

/**
 * A path segment that does not percent-decode to UTF-8 (`%`, `%zz`, the
 * overlong `%C0%AF`, a lone surrogate `%ED%A0%80`). Next.js throws on such a
 * dynamic segment while matching routes and answers 500 without our headers
 * (vercel/next.js#92527); no Careleaf path or id ever contains one.
 */
export function hasMalformedPercentEncoding(rawPath: string): boolean {
  return rawPath.split('/').some((segment) => {
    if (!segment.includes('%')) return false
    try {
      decodeURIComponent(segment)
      return false
    } catch {
      return true
    }
  })
}

/**
 * A NUL byte, raw or percent-encoded, anywhere in the target. It is never
 * valid input, and PostgreSQL refuses one in text with an error (a 500 whose
 * log line used to carry the whole query's parameters).
 */
export function hasNulInTarget(target: string): boolean {
  if (/%00/i.test(target) || target.includes('\u0000')) return true
  try {
    return decodeURIComponent(target).includes('\u0000')
  } catch {
    return false
  }
}
