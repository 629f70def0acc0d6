/**
 * Where next-auth may send the browser after signing in or out: a path on this
 * site or a URL with this site's origin, else the home page. next-auth's own
 * default does the same but runs `new URL(url)` unguarded, so a `callbackUrl`
 * of `abc` in a POST body was a 500; this one never throws.
 */
export function nextAuthRedirect({ url, baseUrl }: { url: unknown; baseUrl: string }): string {
  // A JSON body can make it a number or an object.
  if (typeof url !== 'string') return baseUrl
  if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return `${baseUrl}${url}`
  try {
    if (new URL(url).origin === new URL(baseUrl).origin) return url
  } catch {
    // Not a URL at all: fall through to the home page.
  }
  return baseUrl
}
