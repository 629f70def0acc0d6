/** Where Payload serves the `media` collection's files (`/api/<slug>/file/<encoded name>`). */
const MEDIA_FILE_PATH = /^\/api\/media\/file\/([^/]+)$/

/**
 * The path on this site of a stored media URL, or null when the URL is not
 * one of our media files. Payload writes an absolute URL when
 * NEXT_PUBLIC_SERVER_URL is set; only the path is kept, so an image always
 * loads from this site (the patient pages allow `img-src 'self'` only) and a
 * stored value can never make a patient's browser fetch from an outside host.
 */
export function mediaFileUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null
  let parsed: URL
  try {
    parsed = new URL(url.trim(), 'http://careleaf.invalid')
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  const name = MEDIA_FILE_PATH.exec(parsed.pathname)?.[1]
  if (!name) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(name)
  } catch {
    return null
  }
  if (decoded === '.' || decoded === '..' || /[/\\\u0000-\u001f]/u.test(decoded)) return null
  return `/api/media/file/${name}`
}
