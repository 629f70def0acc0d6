import type { ReactNode } from 'react'

import { actionPlanPdfBlock } from './ActionPlan/PdfBlock'
import { checkPdfBlock } from './CheckUnderstanding/PdfBlock'
import { exercisePdfBlock } from './Exercise/PdfBlock'
import { type HandoutSectionSnapshot, type SectionSnapshotOf, type SectionType, sectionTypeOf } from './index'
import { mediaPdfBlock } from './MediaBlock/PdfBlock'
import type { SectionChrome } from './sectionChrome'
import { textPdfBlock } from './TextSection/PdfBlock'
import { tipsPdfBlock } from './Tips/PdfBlock'
import { warningSignsPdfBlock } from './WarningSigns/PdfBlock'

/**
 * A section's body as flat react-pdf elements, to sit beside its heading; an urgent kind's elements draw their own
 * heading. Chrome (tier headings, labels) in the handout's language.
 */
export type PdfBlockRenderer<Snapshot> = (section: Snapshot, key: string, chrome: SectionChrome) => ReactNode[]

/**
 * Each kind's PDF renderer, keyed like SECTION_KINDS (./index.ts). Its own
 * list because only the PDF worker loads react-pdf: the request thread must
 * not (see lib/pdf/pdfRenderPool.ts).
 */
export const SECTION_PDF_BLOCKS: { [K in SectionType]: PdfBlockRenderer<SectionSnapshotOf<K>> } = {
  text: textPdfBlock,
  tips: tipsPdfBlock,
  exercise: exercisePdfBlock,
  warningSigns: warningSignsPdfBlock,
  plan: actionPlanPdfBlock,
  media: mediaPdfBlock,
  check: checkPdfBlock,
}

/** The PDF elements of one section's body, drawn by its kind's renderer. */
export function sectionPdfElements(section: HandoutSectionSnapshot, key: string, chrome: SectionChrome): ReactNode[] {
  const render = SECTION_PDF_BLOCKS[sectionTypeOf(section)] as PdfBlockRenderer<HandoutSectionSnapshot>
  return render(section, key, chrome)
}
