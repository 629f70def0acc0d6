import { isUrgentSection } from '@/blocks'
import { SectionWebBlock } from '@/blocks/webRenderers'
import { instructionParagraphs } from '@/lib/handouts/formatHandoutText'
import type { TopicMainMessage } from '@/lib/handouts/mainMessages'
import { splitSectionsForReading } from '@/lib/handouts/parseSectionSnapshot'
import type { HandoutSectionSnapshot } from '@/lib/handouts/types'

import { MainMessageBox } from './MainMessageBox'

/**
 * The handout as read on screen, in the PDF's order: the main message of each
 * topic, then "When to get help now", then the instructions, then the rest.
 */
export function HandoutBody({
  instructions,
  sections,
  mainMessages = [],
  headingLevel = 2,
}: {
  instructions?: string | null
  sections: HandoutSectionSnapshot[]
  mainMessages?: readonly TopicMainMessage[]
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const paragraphs = instructionParagraphs(instructions)
  // "When to get help now" first, even before the instructions: the one section that can be urgent must not be missed.
  const { warningSigns, others } = splitSectionsForReading(sections)
  const renderSection = (section: HandoutSectionSnapshot) => (
    <section
      key={`${section.topicId}-${section.sectionId}`}
      aria-labelledby={`s-${section.sectionId}`}
      className={isUrgentSection(section) ? 'warning-signs' : undefined}
    >
      <Heading id={`s-${section.sectionId}`}>{section.heading}</Heading>
      <SectionWebBlock section={section} />
    </section>
  )
  return (
    <>
      <MainMessageBox messages={mainMessages} headingLevel={headingLevel} />
      {warningSigns.map(renderSection)}
      {paragraphs.length > 0 && (
        <section className="instructions" aria-labelledby="instructions-heading">
          <Heading id="instructions-heading">Your care team&apos;s instructions</Heading>
          {paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      )}
      {others.map(renderSection)}
    </>
  )
}
