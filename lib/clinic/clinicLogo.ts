import type { Media } from '@/payload-types'

/** What react-pdf can embed; the clinic global offers only media of these types as its logo. */
export const CLINIC_LOGO_MIME_TYPES = ['image/png', 'image/jpeg']

/** The clinic logo as the pages and the PDF need it, resolved from its media document. */
export interface ClinicLogo {
  /** With `updatedAt`, what the PDF worker caches the file by: a re-upload changes it. */
  id: number
  updatedAt: string
  /** Path on this site (no origin), so the patient pages' `img-src 'self'` always allows it. */
  src: string
  /** File name inside the media folder, read by the PDF worker. */
  filename: string
  width: number | null
  height: number | null
}

/** Only the path of a Payload media URL: absolute when NEXT_PUBLIC_SERVER_URL is set, which may not be the origin a patient uses. */
function sitePath(url: string): string {
  try {
    const parsed = new URL(url, 'http://careleaf.invalid')
    return `${parsed.pathname}${parsed.search}`
  } catch {
    return url
  }
}

/**
 * The logo from the clinic global's `logo` field (populated, depth ≥ 1).
 * The 320 px `thumbnail` size when Payload made one (it keeps the upload's
 * PNG/JPEG format and is plenty for a header), else the original. Null when
 * unset, unpopulated, or not an image react-pdf can embed.
 */
export function toClinicLogo(logo: number | Media | null | undefined): ClinicLogo | null {
  if (!logo || typeof logo === 'number' || !logo.filename || !logo.url) return null
  if (!logo.mimeType || !CLINIC_LOGO_MIME_TYPES.includes(logo.mimeType)) return null
  const thumbnail = logo.sizes?.thumbnail
  const useThumbnail = Boolean(thumbnail?.filename && thumbnail.url)
  return {
    id: logo.id,
    updatedAt: logo.updatedAt,
    src: sitePath(useThumbnail ? thumbnail!.url! : logo.url),
    filename: useThumbnail ? thumbnail!.filename! : logo.filename,
    width: (useThumbnail ? thumbnail!.width : logo.width) ?? null,
    height: (useThumbnail ? thumbnail!.height : logo.height) ?? null,
  }
}
