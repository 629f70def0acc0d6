import { renderToBuffer } from '@react-pdf/renderer'
import QRCode from 'qrcode'

import { clinicLogoImage } from './clinicLogoImage'
import { assertPdfFontsDrawLocale, assertPdfFontsDrawText, handoutPdfDrawnText } from './fontCoverage'
import { handoutFontsDraw, handoutTextWidthEms } from './fonts'
import { DEFAULT_PAGE_LABEL_WIDTH_EMS, handoutDocumentElement } from './HandoutDocument'
import type { HandoutPageSize } from './HandoutDocument'
import type { HandoutDocumentData } from '../handouts/types'
import { type Locale, localeOf } from '../i18n/locales'
import { patientMessages } from '../i18n/patientMessages'

/** Re-exported for pdfRenderWorker.mjs, which may load only this one module (see the comment there). */
export { loadHandoutFonts } from './fonts'

export interface RenderHandoutPdfOptions {
  pageSize?: HandoutPageSize
}

/**
 * A PNG QR code for the share link. Error correction M survives a creased or
 * smudged printout; 4 modules of quiet zone is what the standard asks for
 * (ISO/IEC 18004). Only http(s) links are encoded.
 */
export async function shareLinkQrPng(shareUrl: string | null | undefined): Promise<Buffer | null> {
  if (!shareUrl || !/^https?:\/\//i.test(shareUrl)) return null
  return QRCode.toBuffer(shareUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 6, color: { dark: '#000000', light: '#ffffff' } })
}

/**
 * The data reaches the worker through structured cloning, with its types
 * gone; a malformed value is reported by name here instead of surfacing as a
 * TypeError from deep inside React's render.
 */
function assertRenderableHandout(data: HandoutDocumentData): void {
  const problems: string[] = []
  const candidate: unknown = data
  if (typeof candidate !== 'object' || candidate === null) throw new TypeError('Handout data must be an object.')
  for (const field of ['title', 'patientName', 'clinicianName', 'createdAt'] as const) {
    if (typeof data[field] !== 'string') problems.push(`${field} must be a string`)
  }
  if (typeof data.clinic !== 'object' || data.clinic === null || typeof data.clinic.name !== 'string') problems.push('clinic.name must be a string')
  if (!Array.isArray(data.sections)) problems.push('sections must be an array')
  else if (
    data.sections.some((section: unknown) => typeof section !== 'object' || section === null || typeof (section as { heading?: unknown }).heading !== 'string')
  ) {
    problems.push('every section needs a heading')
  }
  if (problems.length > 0) throw new TypeError(`Handout data is malformed: ${problems.join('; ')}.`)
}

/**
 * The page number's room in the footer: the widest label ("Page 99 of 99", "Página 99 de 99") with half an em to
 * spare, rounded up to a quarter em, and never less than the seven ems English always had.
 */
export async function pageLabelWidthEms(locale: Locale): Promise<number> {
  const widest = await handoutTextWidthEms(patientMessages(locale).pdfPageOf(99, 99))
  return Math.max(DEFAULT_PAGE_LABEL_WIDTH_EMS, Math.ceil((widest + 0.5) * 4) / 4)
}

/**
 * Renders a handout to PDF bytes in the calling thread. Layout is synchronous
 * CPU work (tens to hundreds of ms); request handlers should go through
 * `renderHandoutPdfInWorker` in ./pdfRenderPool instead. Refuses, with a
 * PdfFontCoverageError, a handout its fonts cannot draw (./fontCoverage).
 */
export async function renderHandoutPdf(data: HandoutDocumentData, options: RenderHandoutPdfOptions = {}): Promise<Buffer> {
  assertRenderableHandout(data)
  const locale = localeOf(data.language)
  assertPdfFontsDrawLocale(locale)
  assertPdfFontsDrawText(handoutPdfDrawnText(data, locale), await handoutFontsDraw())
  const qrPng = await shareLinkQrPng(data.shareUrl)
  const logo = clinicLogoImage(data.clinic.logo)
  return renderToBuffer(
    handoutDocumentElement({ data, pageSize: options.pageSize ?? data.pageSize ?? 'LETTER', qrPng, logo, pageLabelWidthEms: await pageLabelWidthEms(locale) }),
  )
}

const MAX_TITLE_SLUG_LENGTH = 60

/** Strips accents (é → e, Ñ → N) so file names survive every mail client and file system. */
function toAscii(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
}

function titleSlug(title: string): string {
  const slug = toAscii(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_TITLE_SLUG_LENGTH) return slug
  // Cut at a word boundary so the name does not end in half a word.
  const cut = slug.slice(0, MAX_TITLE_SLUG_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > MAX_TITLE_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_TITLE_SLUG_LENGTH)).replace(/-+$/, '')
}

/** Initials only: the file name shows up in download bars, mail attachments and shared folders. */
function patientInitials(patientName: string): string {
  return (
    toAscii(patientName)
      // O'Neil is one name, not two.
      .replace(/['’]/g, '')
      .split(/[^A-Za-z0-9]+/)
      .filter((word) => word !== '')
      .map((word) => word.charAt(0).toLowerCase())
      .join('')
      .slice(0, 4)
  )
}

function isoDate(timestamp: string): string | null {
  const date = new Date(timestamp)
  // UTC, matching the date printed in the handout.
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

/**
 * `<title-slug>-<patient initials>-<YYYY-MM-DD>.pdf`, ASCII only, e.g.
 * "upper-back-pain-during-sleep-jd-2026-11-29.pdf". Parts that come out
 * empty are left out rather than leaving dangling hyphens.
 */
export function handoutPdfFileName({ title, patientName, createdAt }: { title: string; patientName: string; createdAt: string }): string {
  const parts = [titleSlug(title) || 'handout', patientInitials(patientName), isoDate(createdAt)].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  )
  return `${parts.join('-')}.pdf`
}
