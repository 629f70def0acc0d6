import type { ReactNode } from 'react'

import type { MediaSectionSnapshot } from './kind'
import { pdfImage } from '../pdfImage'
import type { SectionChrome } from '../sectionChrome'

export function mediaPdfBlock(section: MediaSectionSnapshot, key: string, chrome: SectionChrome): ReactNode[] {
  return [pdfImage(section.body.image, section.body.caption, `${key}-image`, chrome.messages)]
}
