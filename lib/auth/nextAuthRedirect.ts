import { safeCallbackUrl } from './safeCallbackPath'

/**
 * next-auth's `redirect` callback: where the browser may go after signing in
 * or out — a path on this site, by the same rule as /sign-in's `callbackUrl`
 * (`safeCallbackUrl`). next-auth's own default runs `new URL(url)` unguarded,
 * so a `callbackUrl` of `abc` in a POST body was a 500; this one never throws,
 * and a non-string (a JSON body can send a number or an object) goes to the library.
 */
export function nextAuthRedirect({ url, baseUrl }: { url: unknown; baseUrl: string }): string {
  return safeCallbackUrl({ url: typeof url === 'string' ? url : '', baseUrl })
}
