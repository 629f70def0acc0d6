import type { ReactNode } from 'react'

import { exercisePdfBlock } from '@/blocks/Exercise/PdfBlock'
import { mediaPdfBlock } from '@/blocks/MediaBlock/PdfBlock'
import { textPdfBlock } from '@/blocks/TextSection/PdfBlock'
import { tipsPdfBlock } from '@/blocks/Tips/PdfBlock'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

/** The body of one section (everything under its heading), drawn by its block's renderer. Warning signs draw their own boxed heading instead. */
export function sectionBodyToPdf(section: Exclude<HandoutSectionSnapshot, { blockType: 'warningSigns' }>, key: string): ReactNode[] {
  switch (section.blockType) {
    case 'tips':
      return tipsPdfBlock(section, key)
    case 'exercise':
      return exercisePdfBlock(section, key)
    case 'media':
      return mediaPdfBlock(section, key)
    default:
      return textPdfBlock(section, key)
  }
}
