import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

/**
 * The seeded topic's two teaching pictures (PEMAT-P items 15 and 26, CDC CCI
 * item 4). Drawn for this project as plain SVG shapes in
 * content/illustrations/ (no text inside: SVG text would depend on the fonts
 * where the seed runs) and turned into PNGs here, as the demo logo is, since
 * the PDF renderer draws PNG and JPEG only.
 */
export interface SeedIllustration {
  /** The SVG file in content/illustrations/. */
  svgFile: string
  fileName: string
  alt: string
  caption: string
}

export const BACK_SLEEPING_ILLUSTRATION: SeedIllustration = {
  svgFile: 'back-sleeping-pillows.svg',
  fileName: 'upper-back-pain-back-sleeping-pillows.png',
  alt: 'A person lies flat on their back in bed. One pillow is under the neck and one pillow is under the knees.',
  caption: 'Lie on your back. Put one pillow under your neck and one under your knees.',
}

export const SHOULDER_ROLL_ILLUSTRATION: SeedIllustration = {
  svgFile: 'shoulder-roll.svg',
  fileName: 'upper-back-pain-shoulder-roll.png',
  alt: 'Two steps of a shoulder roll. First, both shoulders lift up toward the ears. Then the shoulders roll back and down.',
  caption: 'Lift your shoulders up to your ears. Then roll them back and down.',
}

/** The committed drawings live beside the source article, in the repository's content/ folder. */
export function illustrationSvgPath(illustration: SeedIllustration): string {
  return path.resolve(process.cwd(), 'content', 'illustrations', illustration.svgFile)
}

/** The drawing as a 1280 × 640 PNG: sharp for the printed page's resolution, small enough for a phone. */
export async function illustrationPng(illustration: SeedIllustration): Promise<Buffer> {
  const svg = await fs.promises.readFile(illustrationSvgPath(illustration))
  return sharp(svg).png({ compressionLevel: 9 }).toBuffer()
}
