import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { BACK_SLEEPING_ILLUSTRATION, illustrationPng, SHOULDER_ROLL_ILLUSTRATION } from './upperBackPainIllustrations'

describe('the seeded topic’s illustrations', () => {
  it.each([BACK_SLEEPING_ILLUSTRATION, SHOULDER_ROLL_ILLUSTRATION])(
    '$svgFile renders to a 1280 × 640 PNG, with alt text and a caption',
    async (illustration) => {
      const png = await illustrationPng(illustration)
      const metadata = await sharp(png).metadata()
      expect(metadata).toMatchObject({ format: 'png', width: 1280, height: 640 })
      expect(illustration.alt.length).toBeGreaterThan(20)
      expect(illustration.caption.length).toBeGreaterThan(20)
    },
  )
})
