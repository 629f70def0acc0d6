import { type Locale, LOCALES } from '@/lib/i18n/locales'

/** Languages a handout can be written in: every locale Careleaf has (lib/i18n/locales.ts). */
export const HANDOUT_LANGUAGES = LOCALES.map((locale) => ({ value: locale.code, label: locale.label }))
export type HandoutLanguage = Locale

export const PAGE_SIZES = [
  { value: 'LETTER', label: 'US Letter' },
  { value: 'A4', label: 'A4' },
] as const
export type PageSizeOption = (typeof PAGE_SIZES)[number]['value']

export function isPageSize(value: unknown): value is PageSizeOption {
  return value === 'LETTER' || value === 'A4'
}

/** The handout's own choice wins; otherwise the clinic's default; otherwise US Letter. */
export function resolvePageSize(handoutChoice: unknown, clinicDefault: unknown): PageSizeOption {
  if (isPageSize(handoutChoice)) return handoutChoice
  if (isPageSize(clinicDefault)) return clinicDefault
  return 'LETTER'
}

/** Accent colours are stored as #rrggbb so the PDF and the web page agree exactly. */
export const HEX_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/

export const DEFAULT_ACCENT_COLOR = '#0b5450'

export function resolveAccentColor(value: unknown): string {
  return typeof value === 'string' && HEX_COLOR_PATTERN.test(value) ? value.toLowerCase() : DEFAULT_ACCENT_COLOR
}

/** Large print: ≥ 16 pt body (RNIB Clear Print guidance recommends 16–18 pt for large print). */
export const LARGE_PRINT_BODY_FONT_SIZE = 16
