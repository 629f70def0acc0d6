import { ExerciseWebBlock } from '@/blocks/Exercise/WebBlock'
import { MediaWebBlock } from '@/blocks/MediaBlock/WebBlock'
import { TextWebBlock } from '@/blocks/TextSection/WebBlock'
import { TipsWebBlock } from '@/blocks/Tips/WebBlock'
import { WarningSignsWebBlock } from '@/blocks/WarningSigns/WebBlock'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

/** The body of one handout section on screen, drawn by its block's renderer. */
export function SectionBlockBody({ section }: { section: HandoutSectionSnapshot }) {
  switch (section.blockType) {
    case 'tips':
      return <TipsWebBlock section={section} />
    case 'exercise':
      return <ExerciseWebBlock section={section} />
    case 'warningSigns':
      return <WarningSignsWebBlock section={section} />
    case 'media':
      return <MediaWebBlock section={section} />
    default:
      return <TextWebBlock section={section} />
  }
}
