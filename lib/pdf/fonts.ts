import fs from 'node:fs'
import path from 'node:path'

import { Font } from '@react-pdf/renderer'

/**
 * Atkinson Hyperlegible was designed by the Braille Institute for readers
 * with low vision: its letterforms (I/l/1, O/0, b/d) are hard to confuse,
 * which suits patients reading dosing and care instructions.
 */
export const HANDOUT_FONT_FAMILY = 'Atkinson Hyperlegible'

const HANDOUT_FONT_FILES: ReadonlyArray<{ file: string; fontWeight: 400 | 700; fontStyle: 'normal' | 'italic' }> = [
  { file: 'AtkinsonHyperlegible_400Regular.ttf', fontWeight: 400, fontStyle: 'normal' },
  { file: 'AtkinsonHyperlegible_700Bold.ttf', fontWeight: 700, fontStyle: 'normal' },
  { file: 'AtkinsonHyperlegible_400Regular_Italic.ttf', fontWeight: 400, fontStyle: 'italic' },
  { file: 'AtkinsonHyperlegible_700Bold_Italic.ttf', fontWeight: 700, fontStyle: 'italic' },
]

/**
 * Resolved from the working directory rather than from this module's URL:
 * once Next.js bundles a server chunk, `import.meta.url` points into `.next/`,
 * where the TTFs are not copied. The app always starts with the repository
 * root as its working directory; deployments that differ set the env var.
 */
export function handoutFontDirectory(): string {
  const override = process.env.CARELEAF_PDF_FONT_DIR
  return override && override.trim() !== '' ? path.resolve(override) : path.join(process.cwd(), 'lib', 'pdf', 'fonts')
}

let registeredFontDirectory: string | null = null

/**
 * Registers the handout typeface with react-pdf's process-wide font store.
 * Safe to call before every render: registration happens once, and the TTFs
 * are parsed lazily by react-pdf on first use and then cached.
 */
export function registerHandoutFonts(): void {
  if (registeredFontDirectory !== null) return

  const directory = handoutFontDirectory()
  const missing = HANDOUT_FONT_FILES.map(({ file }) => path.join(directory, file)).filter((filePath) => !fs.existsSync(filePath))
  if (missing.length > 0) {
    // react-pdf would otherwise fail mid-render with an opaque fontkit error.
    throw new Error(`Handout PDF fonts not found: ${missing.join(', ')}. Run from the repository root or set CARELEAF_PDF_FONT_DIR.`)
  }

  Font.register({
    family: HANDOUT_FONT_FAMILY,
    fonts: HANDOUT_FONT_FILES.map(({ file, fontWeight, fontStyle }) => ({ src: path.join(directory, file), fontWeight, fontStyle })),
  })

  // Never split a word across lines: a patient reading "medi-/cation" or a
  // broken drug name has to reassemble it, which costs comprehension for
  // readers with low literacy or low vision. Ragged right margins are cheaper.
  Font.registerHyphenationCallback((word) => [word])

  registeredFontDirectory = directory
}

/** Parses all four TTFs up front, so a worker pays the cost before its first job rather than during it. */
export async function loadHandoutFonts(): Promise<void> {
  registerHandoutFonts()
  await Promise.all(HANDOUT_FONT_FILES.map(({ fontWeight, fontStyle }) => Font.load({ fontFamily: HANDOUT_FONT_FAMILY, fontWeight, fontStyle })))
}

/** The part of a fontkit font the checks below use: the font's character map, and the width of laid-out text. */
interface LoadedFontFace {
  unitsPerEm: number
  hasGlyphForCodePoint(codePoint: number): boolean
  layout(text: string): { advanceWidth: number }
}

function isLoadedFontFace(value: unknown): value is LoadedFontFace {
  if (typeof value !== 'object' || value === null) return false
  const face = value as Partial<Record<keyof LoadedFontFace, unknown>>
  return typeof face.unitsPerEm === 'number' && typeof face.hasGlyphForCodePoint === 'function' && typeof face.layout === 'function'
}

/** The four faces as react-pdf loaded them (fontkit fonts): what it will draw with, not a second copy. */
async function loadedFontFaces(): Promise<LoadedFontFace[]> {
  await loadHandoutFonts()
  return HANDOUT_FONT_FILES.map(({ file, fontWeight, fontStyle }) => {
    const face: unknown = Font.getFont({ fontFamily: HANDOUT_FONT_FAMILY, fontWeight, fontStyle }).data
    if (!isLoadedFontFace(face)) throw new Error(`Handout PDF font ${file} did not load as a font react-pdf can draw with.`)
    return face
  })
}

/** Whether every face of the handout typeface has a glyph for a code point: text is drawn regular, bold and italic. */
export async function handoutFontsDraw(): Promise<(codePoint: number) => boolean> {
  const faces = await loadedFontFaces()
  return (codePoint) => faces.every((face) => face.hasGlyphForCodePoint(codePoint))
}

/** The width of `text` in the regular face, in ems (multiply by the font size for points). */
export async function handoutTextWidthEms(text: string): Promise<number> {
  const [regular] = await loadedFontFaces()
  return regular!.layout(text).advanceWidth / regular!.unitsPerEm
}
