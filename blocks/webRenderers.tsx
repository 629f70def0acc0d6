import type { ComponentType } from 'react'

import type { SafeHtml } from '@/lib/share/patientPage/html'

import { actionPlanHtmlBlock } from './ActionPlan/HtmlBlock'
import { ActionPlanWebBlock } from './ActionPlan/WebBlock'
import { checkHtmlBlock } from './CheckUnderstanding/HtmlBlock'
import { CheckWebBlock } from './CheckUnderstanding/WebBlock'
import { exerciseHtmlBlock } from './Exercise/HtmlBlock'
import { ExerciseWebBlock } from './Exercise/WebBlock'
import { type HandoutSectionSnapshot, type SectionSnapshotOf, type SectionType, sectionTypeOf } from './index'
import { mediaHtmlBlock } from './MediaBlock/HtmlBlock'
import { MediaWebBlock } from './MediaBlock/WebBlock'
import type { SectionChrome } from './sectionChrome'
import { textHtmlBlock } from './TextSection/HtmlBlock'
import { TextWebBlock } from './TextSection/WebBlock'
import { tipsHtmlBlock } from './Tips/HtmlBlock'
import { TipsWebBlock } from './Tips/WebBlock'
import { warningSignsHtmlBlock } from './WarningSigns/HtmlBlock'
import { WarningSignsWebBlock } from './WarningSigns/WebBlock'

export interface WebRenderers<Snapshot> {
  /** The clinician's view (React, server-rendered). */
  Web: ComponentType<{ section: Snapshot }>
  /** The same body as static, escaped HTML for the CSP-locked patient page, its chrome in the handout's language. */
  Html: (section: Snapshot, chrome: SectionChrome) => SafeHtml
}

/**
 * Each kind's screen renderers, keyed like SECTION_KINDS (./index.ts). Its own
 * list because they load Payload's React and HTML rich-text converters, which
 * the PDF worker bundle does without.
 */
export const SECTION_WEB_BLOCKS: { [K in SectionType]: WebRenderers<SectionSnapshotOf<K>> } = {
  text: { Web: TextWebBlock, Html: textHtmlBlock },
  tips: { Web: TipsWebBlock, Html: tipsHtmlBlock },
  exercise: { Web: ExerciseWebBlock, Html: exerciseHtmlBlock },
  warningSigns: { Web: WarningSignsWebBlock, Html: warningSignsHtmlBlock },
  plan: { Web: ActionPlanWebBlock, Html: actionPlanHtmlBlock },
  media: { Web: MediaWebBlock, Html: mediaHtmlBlock },
  check: { Web: CheckWebBlock, Html: checkHtmlBlock },
}

function webRenderersOf(section: HandoutSectionSnapshot): WebRenderers<HandoutSectionSnapshot> {
  return SECTION_WEB_BLOCKS[sectionTypeOf(section)] as WebRenderers<HandoutSectionSnapshot>
}

/** The body of one handout section on screen, drawn by its kind's renderer. */
export function SectionWebBlock({ section }: { section: HandoutSectionSnapshot }) {
  const { Web } = webRenderersOf(section)
  return <Web section={section} />
}

/** The body of one handout section as patient-page HTML, drawn by its kind's renderer. */
export function sectionBodyHtml(section: HandoutSectionSnapshot, chrome: SectionChrome): SafeHtml {
  return webRenderersOf(section).Html(section, chrome)
}
