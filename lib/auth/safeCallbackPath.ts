/**
 * Stands in for the site's origin while parsing: only "is it still this site?" matters, and a
 * relative path can never name a host of its own. `.invalid` is reserved (RFC 2606).
 */
const SITE = new URL('https://careleaf.invalid')

/**
 * Only same-site paths: a crafted `callbackUrl` must not bounce a clinician to another site.
 *
 * Decided the way the browser will read it, by parsing with WHATWG `URL` and comparing origins,
 * not by looking at the first characters: browsers drop tab, LF and CR anywhere in a URL and read
 * `\` as `/`, so `/\t/evil.example` or `/\\evil.example` are `//evil.example`, another site.
 * Returns the parsed, re-serialised path (those characters gone), so the browser gets exactly
 * what was checked.
 */
export function safeCallbackPath(candidate: string | null | undefined, fallback = '/library'): string {
  if (!candidate || !candidate.startsWith('/')) return fallback
  let parsed: URL
  try {
    parsed = new URL(candidate, SITE)
  } catch {
    return fallback
  }
  if (parsed.origin !== SITE.origin) return fallback
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`
  // `/.//evil.example` normalises to `//evil.example`: same origin here, another site once it is a Location.
  if (path.startsWith('//')) return fallback
  return path
}

/**
 * next-auth's `callbackUrl` (absolute on this site, or a path) as a safe path on this site. next-auth's
 * own default glues a path onto the base URL unchecked; ours applies the same rule as /sign-in.
 */
export function safeCallbackUrl({ url, baseUrl, fallback = '/library' }: { url: string; baseUrl: string; fallback?: string }): string {
  const base = new URL(baseUrl)
  let path = url
  if (!url.startsWith('/')) {
    try {
      const absolute = new URL(url)
      path = absolute.origin === base.origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : fallback
    } catch {
      path = fallback
    }
  }
  return new URL(safeCallbackPath(path, fallback), base).href
}
