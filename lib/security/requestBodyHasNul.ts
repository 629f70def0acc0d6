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

/**
 * A copy of the body as text (the handler still reads the original), or null
 * when there is none. Multipart bodies are reduced to their text fields, one
 * per line, as file parts are bytes.
 */
export async function readBodyText(request: Request): Promise<string | null> {
  if (!request.body) return null
  const contentType = request.headers.get('content-type')?.toLowerCase() ?? ''
  try {
    if (contentType.includes('multipart/form-data')) {
      const form = await request.clone().formData()
      return [...form].map(([key, value]) => `${key}=${typeof value === 'string' ? value : ''}`).join('\n')
    }
    return await request.clone().text()
  } catch {
    // An unreadable or malformed body is for the handler to refuse (400); it cannot reach the database as text.
    return null
  }
}

/** Reads a copy of the body and looks for NUL in its text. */
export async function requestBodyHasNul(request: Request): Promise<boolean> {
  const text = await readBodyText(request)
  return text !== null && bodyTextHasNul(request.headers.get('content-type')?.toLowerCase() ?? '', text)
}
