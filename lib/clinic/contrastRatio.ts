import { HEX_COLOR_PATTERN } from '@/lib/handouts/handoutOptions'

/** WCAG 2.2 relative luminance of an sRGB colour given as #rrggbb (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio between two #rrggbb colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [number, number]
  return (lighter + 0.05) / (darker + 0.05)
}

/** WCAG AA for normal-size text (success criterion 1.4.3). */
export const WCAG_AA_TEXT_CONTRAST = 4.5

/**
 * Payload field validation for the clinic's accent colour, which handouts and
 * patient pages use for heading text on white paper and screens.
 */
export function validateAccentColor(value: string | null | undefined): true | string {
  if (value == null || value === '') return true
  if (!HEX_COLOR_PATTERN.test(value)) return 'Use a six-digit hex colour such as #0b5450.'
  const ratio = contrastRatio(value, '#ffffff')
  if (ratio >= WCAG_AA_TEXT_CONTRAST) return true
  return `${value} is too light for text on white (contrast ${Math.floor(ratio * 10) / 10} to 1; at least ${WCAG_AA_TEXT_CONTRAST} to 1 is needed). Pick a darker colour such as #0b5450.`
}
