import type { ReactNode } from 'react'

import { lexicalToPdf } from '@/lib/pdf/lexicalToPdf'

import type { TextSectionSnapshot } from './kind'

/** Flat elements, to sit beside the section heading (see sectionElements in HandoutDocument). */
export function textPdfBlock(section: TextSectionSnapshot, key: string): ReactNode[] {
  return lexicalToPdf(section.body, `${key}-body`)
}
