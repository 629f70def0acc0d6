/**
 * Whether a request body carries a NUL character in any text value. NUL is
 * never valid in a name, an email or an instruction, and PostgreSQL refuses it
 * in text columns with an error. Checked once, in the proxy, for every JSON,
 * form and text body (Payload's REST API, next-auth, server actions, the
 * patient pages' forms), so no handler ever passes one to the database.
 *
 * JSON hides NUL as `\u0000`, forms as `%00`: both are decoded before looking.
 * File parts of multipart bodies are bytes (a PNG holds many NULs) and are not
 * looked at; their text fields are.
 */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (depth > 64 || typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1))
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1))
}

function formHasNul(text: string): boolean {
  try {
    return [...new URLSearchParams(text)].some(([key, value]) => key.includes('\u0000') || value.includes('\u0000'))
  } catch {
    return false
  }
}

function jsonHasNul(text: string): boolean {
  try {
    return containsNul(JSON.parse(text))
  } catch {
    // Not JSON: the handler refuses it; only a raw NUL (checked by the caller) matters here.
    return false
  }
}

/** Pure check on a body already read as text (anything but multipart). */
export function bodyTextHasNul(contentType: string, text: string): boolean {
  if (text.includes('\u0000')) return true
  if (contentType.includes('application/x-www-form-urlencoded')) return formHasNul(text)
  // JSON bodies, and server actions' text/plain bodies (a JSON array of arguments).
  if (/\\u0000/i.test(text)) return jsonHasNul(text)
  return false
}

export type BodyText = { ok: true; text: string } | { ok: false }

/**
 * A copy of the body as text (the handler still reads the original). Multipart
 * bodies are reduced to their text fields, one per line, as file parts are
 * bytes. Not ok when the body does not parse as its declared type: a JSON body
 * that is not JSON, or multipart without parts. Next.js (server actions),
 * next-auth and Payload parse those unguarded and answered 500.
 */
export async function readBodyText(request: Request): Promise<BodyText> {
  if (!request.body) return { ok: true, text: '' }
  const contentType = request.headers.get('content-type')?.toLowerCase() ?? ''
  try {
    if (contentType.includes('multipart/form-data')) {
      const form = await request.clone().formData()
      return { ok: true, text: [...form].map(([key, value]) => `${key}=${typeof value === 'string' ? value : ''}`).join('\n') }
    }
    const text = await request.clone().text()
    // An empty JSON body is how some clients post nothing (a logout); only text that is not JSON is refused.
    if (contentType.includes('application/json') && text.trim() !== '') JSON.parse(text)
    return { ok: true, text }
  } catch {
    return { ok: false }
  }
}

/** Reads a copy of the body and looks for NUL in its text. */
export async function requestBodyHasNul(request: Request): Promise<boolean> {
  const body = await readBodyText(request)
  return body.ok && bodyTextHasNul(request.headers.get('content-type')?.toLowerCase() ?? '', body.text)
}
