import { PATIENT_PAGE_SCRIPT_HASH, PATIENT_PAGE_STYLE_HASH } from './patientPage/patientPageAssets'

/**
 * Headers for every response under `/p/*` (patient pages, PDFs, errors). A
 * patient link is a credential: it must not leak through a Referer, a search
 * engine, a shared cache or a third-party resource. next.config.ts applies
 * the same base headers to `/p/:path*` as a backstop.
 */
export const PATIENT_BASE_HEADERS = {
  // Never a Referer to another site. Not `no-referrer`: under it browsers send `Origin: null` on the access form's
  // POST (Fetch standard, "serializing a request origin"), which could not be told apart from a sandboxed frame's.
  'Referrer-Policy': 'same-origin',
  'X-Robots-Tag': 'noindex, nofollow',
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const

/**
 * The patient page may run exactly one inline script and one inline style
 * (by hash), submit forms only to itself, and load nothing else at all.
 */
export const PATIENT_PAGE_CSP = [
  "default-src 'none'",
  `script-src ${PATIENT_PAGE_SCRIPT_HASH}`,
  `style-src ${PATIENT_PAGE_STYLE_HASH}`,
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** PDFs and plain-text errors: nothing may run, even if a browser renders them inline. */
export const PATIENT_FILE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"

export type PatientResponseKind = 'page' | 'file'

export function patientResponseHeaders(kind: PatientResponseKind, extra: Record<string, string> = {}): Headers {
  const headers = new Headers(PATIENT_BASE_HEADERS)
  headers.set('Content-Security-Policy', kind === 'page' ? PATIENT_PAGE_CSP : PATIENT_FILE_CSP)
  for (const [key, value] of Object.entries(extra)) headers.set(key, value)
  return headers
}

/** Applies the patient headers to a response built elsewhere (e.g. the PDF renderer's). */
export function withPatientHeaders(response: Response, kind: PatientResponseKind): Response {
  for (const [key, value] of patientResponseHeaders(kind)) response.headers.set(key, value)
  return response
}
