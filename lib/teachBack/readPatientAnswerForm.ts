/**
 * A "Check your understanding" form is at most 3 questions, each one short
 * field name and one option id (about 120 bytes): 4 KiB is room for any honest
 * form many times over, and little enough that nobody can make the server hold
 * a large body in memory through a public, unauthenticated link.
 */
export const PATIENT_ANSWER_FORM_MAX_BYTES = 4096

export type PatientAnswerForm =
  | { status: 'ok'; fields: Array<[name: string, value: string]> }
  /** 415: not a plain HTML form post (`application/x-www-form-urlencoded`, what a `<form method="post">` sends). */
  | { status: 'unsupported-type' }
  /** 413: longer than PATIENT_ANSWER_FORM_MAX_BYTES, by its declared length or by what arrived. */
  | { status: 'too-large' }
  /** 400: not text, or cut off. */
  | { status: 'unreadable' }

async function readTextWithin(request: Request, maxBytes: number): Promise<string | 'too-large' | null> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > maxBytes) {
      // Stop reading: the rest of an oversized body is never buffered.
      await reader.cancel().catch(() => undefined)
      return 'too-large'
    }
    chunks.push(value)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    return null
  }
}

/**
 * The fields of the answer form, in the order they were sent (repeats kept, so
 * a question answered twice can be refused rather than silently resolved).
 * Checks the type and size before reading, and reads at most the limit.
 */
export async function readPatientAnswerForm(request: Request, maxBytes = PATIENT_ANSWER_FORM_MAX_BYTES): Promise<PatientAnswerForm> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (mediaType !== 'application/x-www-form-urlencoded') return { status: 'unsupported-type' }
  const declared = request.headers.get('content-length')
  if (declared !== null && !(Number(declared) <= maxBytes)) return { status: 'too-large' }
  const text = await readTextWithin(request, maxBytes).catch(() => null)
  if (text === 'too-large') return { status: 'too-large' }
  if (text === null) return { status: 'unreadable' }
  return { status: 'ok', fields: [...new URLSearchParams(text)] }
}
