import type { ReactNode } from 'react'

import type { MediaSectionSnapshot } from './kind'
import { pdfImage } from '../pdfImage'

export function mediaPdfBlock(section: MediaSectionSnapshot, key: string): ReactNode[] {
  return [pdfImage(section.body.image, section.body.caption, `${key}-image`)]
}
