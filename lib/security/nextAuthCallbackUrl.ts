/**
 * next-auth 4 refuses a `callbackUrl` query parameter or `next-auth.callback-url`
 * cookie that is not an http(s) URL or a path (`assertConfig`, InvalidCallbackUrl)
 * by answering 500 to every POST, and it never clears the cookie, so one
 * `abc` left in it broke sign-in for that browser until it expired. The proxy
 * checks both the same way before next-auth sees them: the parameter is a 400,
 * the cookie is dropped from the request and expired in the browser.
 */
export function isAcceptableCallbackUrl(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\')
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}

/** next-auth's callback-url cookie under both of its names (plain http, and `__Secure-` on https). */
export const CALLBACK_URL_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'] as const

/** The callback-url cookies (by name) whose value next-auth would refuse. */
export function unacceptableCallbackUrlCookies(cookies: ReadonlyArray<{ name: string; value: string }>): string[] {
  return cookies
    .filter((cookie) => (CALLBACK_URL_COOKIES as readonly string[]).includes(cookie.name) && !isAcceptableCallbackUrl(cookie.value))
    .map((cookie) => cookie.name)
}

/** next-auth 4 answers anything but a POST to the credentials callback with its own 500 ("Callback for provider type credentials not supported"). */
export function isCredentialsCallbackWithoutPost(method: string, pathname: string): boolean {
  return /^\/api\/auth\/callback\/credentials\/?$/.test(pathname) && method !== 'POST'
}
